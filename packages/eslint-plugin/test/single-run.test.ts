import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint } from "eslint";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import vdx from "../src/index.js";
import { UPLOAD_CODE, uploadConfig } from "./upload-fixture.js";

/**
 * Under `CI=true` typescript-eslint infers a "single run" and never updates
 * its program. Linting a changed buffer in such a process (`--stdin`, an
 * editor integration started from a CI shell) must not report on the old
 * text: the buffer is analysed on its own, as without type information.
 */
describe("a re-linted buffer in typescript-eslint's single-run mode", () => {
  const root = mkdtempSync(join(tmpdir(), "vdx-single-run-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "src"));
  writeFileSync(
    join(root, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, lib: ["ES2023", "DOM"], types: [] }, include: ["src/**/*.ts"] }),
  );
  writeFileSync(join(root, "vdx.config.yaml"), uploadConfig('include: ["src/**"]'));
  const file = join(root, "src/upload.ts");
  const code = UPLOAD_CODE;
  writeFileSync(file, code);

  const lint = async (text: string, parserOptions: Record<string, unknown>) => {
    const previous = process.env.CI;
    process.env.CI = "true";
    try {
      const eslint = new ESLint({
        cwd: root,
        overrideConfigFile: true,
        overrideConfig: [
          vdx.configs["recommended-type-checked"],
          { languageOptions: { parserOptions: { ...parserOptions, tsconfigRootDir: root } }, settings: { vdx: { asOf: "2026-06-01" } } },
        ],
      });
      const [original] = await eslint.lintText(code, { filePath: file });
      const [edited] = await eslint.lintText(text, { filePath: file });
      const describe = (result: typeof original) => result!.messages.map((m) => `${m.ruleId}@${m.line}${m.message.includes("vdx bug") ? " (vdx bug)" : ""}`);
      return { original: describe(original), edited: describe(edited) };
    } finally {
      if (previous === undefined) delete process.env.CI;
      else process.env.CI = previous;
    }
  };

  // The project service updates its program; the older `project` option hands over a program of the first text.
  for (const [name, parserOptions] of [
    ["projectService", { projectService: true }],
    ["project", { projectService: false, project: "./tsconfig.json" }],
  ] as const) {
    it(`reports on the edited text, at its lines (${name})`, async () => {
      const { original, edited } = await lint(`// a comment\n// and another\n${code}`, parserOptions);
      expect(original).toEqual(["@vdx/no-unassessed-export@6"]);
      expect(edited).toEqual(["@vdx/no-unassessed-export@8"]);
    });

    it(`says nothing the edited text does not back (${name})`, async () => {
      const { edited } = await lint(code.replace(/await fetch\(.*\);/, "return fix.lat;"), parserOptions);
      expect(edited).toEqual([]);
    });
  }

  it("analyses a buffer on its own when a provided program holds another text of the file", async () => {
    // `parserOptions.programs`: the user's program, built from the file on disk before the edit.
    const program = ts.createProgram([file], { strict: true, noEmit: true, lib: ["lib.es2023.d.ts", "lib.dom.d.ts"], types: [] });
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: [
        vdx.configs["recommended-type-checked"],
        { languageOptions: { parserOptions: { projectService: false, programs: [program] } }, settings: { vdx: { asOf: "2026-06-01" } } },
      ],
    });
    const vdxMessages = async (text: string) =>
      (await eslint.lintText(text, { filePath: file }))[0]!.messages.filter((m) => m.ruleId?.startsWith("@vdx/")).map((m) => `${m.ruleId}@${m.line}`);
    expect(await vdxMessages(code)).toEqual(["@vdx/no-unassessed-export@6"]);
    // The program still says the sink is on line 6; the buffer has it on line 8.
    expect(await vdxMessages(`// a comment\n// and another\n${code}`)).toEqual(["@vdx/no-unassessed-export@8"]);
  });
});
