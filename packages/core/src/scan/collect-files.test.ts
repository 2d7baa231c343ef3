import { describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { collectFiles, fileKind, groupByKind } from "./collect-files.js";

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "vdx-collect-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const rel = (root: string, files: string[]) => files.map((f) => relative(root, f));

describe("collectFiles", () => {
  it("applies include and exclude globs relative to the root and sorts the result", () => {
    const root = project({
      "src/b.ts": "",
      "src/a.ts": "",
      "src/a.test.ts": "",
      "proto/t.proto": "",
      "docs/x.md": "",
      "scripts/s.ts": "",
    });
    const files = collectFiles({ root, paths: [root], include: ["src/**", "proto/**"], exclude: ["**/*.test.ts"] });
    expect(rel(root, files)).toEqual(["proto/t.proto", "src/a.ts", "src/b.ts"]);
  });

  it("always skips node_modules, dist, build and .git, and respects .gitignore", () => {
    const root = project({
      "src/a.ts": "",
      "node_modules/x/index.js": "",
      "dist/a.js": "",
      "build/b.js": "",
      ".git/config.json": "",
      "src/gen/out.ts": "",
      "src/gen/keep.ts": "",
      ".gitignore": "src/gen/*\n!src/gen/keep.ts\n",
    });
    mkdirSync(join(root, "src", "nested"));
    writeFileSync(join(root, "src", "nested", ".gitignore"), "*.local.ts\n");
    writeFileSync(join(root, "src", "nested", "x.local.ts"), "");
    writeFileSync(join(root, "src", "nested", "y.ts"), "");
    const files = collectFiles({ root, paths: [root], include: [], exclude: [] });
    expect(rel(root, files)).toEqual([".gitignore", "src/a.ts", "src/gen/keep.ts", "src/nested/.gitignore", "src/nested/y.ts"]);
  });

  it("scans a file named explicitly even when include does not list it, and skips vdx's own inputs", () => {
    const root = project({ "tools/gen.ts": "", "src/a.ts": "", "vdx.config.yaml": "" });
    const files = collectFiles({
      root,
      paths: [join(root, "tools/gen.ts"), root],
      include: ["src/**", "*.yaml"],
      exclude: [],
      ignoreFiles: [join(root, "vdx.config.yaml")],
    });
    expect(rel(root, files)).toEqual(["src/a.ts", "tools/gen.ts"]);
  });

  it("does not follow a symlinked directory (no cycles)", () => {
    const root = project({ "src/a.ts": "" });
    symlinkSync(root, join(root, "src", "loop"));
    expect(rel(root, collectFiles({ root, paths: [root], include: [], exclude: [] }))).toEqual(["src/a.ts"]);
  });

  it("ignores scan paths that do not exist (the scan reports them)", () => {
    const root = project({ "a.ts": "" });
    expect(collectFiles({ root, paths: [join(root, "missing")], include: [], exclude: [] })).toEqual([]);
  });
});

describe("file kinds", () => {
  it("groups files by the kind analysers ask for", () => {
    expect(fileKind("a/b.PROTO")).toBe("proto");
    expect(fileKind("x.d.ts")).toBe("typescript");
    expect(fileKind("README.md")).toBeUndefined();
    const groups = groupByKind(["a.proto", "s.schema.json", "o.yaml", "v.vspec", "x.ts", "y.mjs", "z.md"]);
    expect(groups).toEqual({ proto: ["a.proto"], schema: ["s.schema.json", "o.yaml"], vss: ["v.vspec"], typescript: ["x.ts", "y.mjs"] });
  });
});
