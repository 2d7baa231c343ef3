import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createScanProgram } from "@vdx/core/internals";

const dirs: string[] = [];
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "vdx-program-"));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("createScanProgram", () => {
  it("builds from the tsconfig, covering .ts, .tsx, .mts, .cts and allowed JS", () => {
    const root = project({
      "tsconfig.json": JSON.stringify({
        compilerOptions: { allowJs: true, jsx: "preserve", module: "NodeNext", moduleResolution: "NodeNext" },
        include: ["src"],
      }),
      "src/a.ts": "export const a = 1;",
      "src/b.tsx": "export const b = <div />;",
      "src/c.mts": "export const c = 1;",
      "src/d.cts": "export const d = 1;",
      "src/e.js": "export const e = 1;",
      "src/types.d.ts": "declare const x: number;",
      "other/f.ts": "export const f = 1;",
    });
    const built = createScanProgram({ root });
    expect(built.errors).toEqual([]);
    expect(built.tsconfig).toBe(join(root, "tsconfig.json"));
    expect(built.files.map((f) => f.slice(root.length + 1))).toEqual(["src/a.ts", "src/b.tsx", "src/c.mts", "src/d.cts", "src/e.js"]);
    expect(built.program.getSourceFile(join(root, "src/a.ts"))).toBeDefined();
  });

  it("adds scanned files the tsconfig does not include, but not JS when the tsconfig forbids it", () => {
    const root = project({ "tsconfig.json": JSON.stringify({ include: ["src"] }), "src/a.ts": "", "tools/b.ts": "", "tools/c.js": "" });
    const built = createScanProgram({ root, files: [join(root, "tools/b.ts"), join(root, "tools/c.js")] });
    expect(built.files.map((f) => f.slice(root.length + 1))).toEqual(["src/a.ts", "tools/b.ts"]);
  });

  it("uses the given files when there is no tsconfig", () => {
    const root = project({ "a.ts": "import { b } from './b.js'; export const a = b;", "b.js": "export const b = 2;" });
    const built = createScanProgram({ root, files: [join(root, "a.ts"), join(root, "b.js")] });
    expect(built.tsconfig).toBeUndefined();
    expect(built.files.map((f) => f.slice(root.length + 1))).toEqual(["a.ts", "b.js"]);
  });

  it("reports a broken tsconfig with its position and falls back to the files", () => {
    const root = project({ "tsconfig.json": '{\n  "compilerOptions": {\n    "strict": true,,\n  }\n}', "a.ts": "export {};" });
    const built = createScanProgram({ root, files: [join(root, "a.ts")] });
    expect(built.errors).toHaveLength(1);
    expect(built.errors[0]).toMatchObject({ file: join(root, "tsconfig.json"), line: 3 });
    expect(built.files).toEqual([join(root, "a.ts")]);
  });

  it("reports an invalid compiler option with its position and falls back to the files", () => {
    const root = project({ "tsconfig.json": '{\n  "compilerOptions": {\n    "target": "es9999"\n  }\n}', "a.ts": "export {};" });
    const built = createScanProgram({ root, files: [join(root, "a.ts")] });
    expect(built.errors).toHaveLength(1);
    expect(built.errors[0]).toMatchObject({ file: join(root, "tsconfig.json"), line: 3 });
    expect(built.errors[0]!.message).toContain("--target");
    expect(built.files).toEqual([join(root, "a.ts")]);
  });

  it("reports a missing explicit tsconfig", () => {
    const root = project({ "a.ts": "export {};" });
    const built = createScanProgram({ root, tsconfig: "nope.json", files: [join(root, "a.ts")] });
    expect(built.errors[0]?.message).toBe("tsconfig not found");
    expect(built.files).toHaveLength(1);
  });
});
