import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { ESLint, type Rule } from "eslint";
import { afterAll, describe, expect, it } from "vitest";
import vdx, { reportedFindings } from "../src/index.js";
import { UPLOAD_CODE, uploadConfig } from "./upload-fixture.js";

/**
 * An editor session lints for hours. What a lint leaves behind must not keep
 * that lint's `SourceCode` alive: it holds the parser services and with them
 * the whole program of that state (with type information, the checker too).
 */
describe("memory across lints", () => {
  const root = mkdtempSync(join(tmpdir(), "vdx-memory-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "src"));
  writeFileSync(join(root, "vdx.config.yaml"), uploadConfig('include: ["src/**"]'));
  const code = UPLOAD_CODE;
  // A rule that only notes which SourceCode each lint had.
  const seen: WeakRef<object>[] = [];
  const probe: Rule.RuleModule = { create: (context) => (seen.push(new WeakRef(context.sourceCode)), {}) };

  it("keeps no SourceCode of an earlier lint, and still answers for that lint's reports", async () => {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: [
        vdx.configs["recommended-type-checked"],
        // Without a tsconfig: the one-file analysis, which reports this file's literal destination.
        {
          languageOptions: { parserOptions: { projectService: false } },
          plugins: { probe: { rules: { probe } } },
          rules: { "probe/probe": "error" },
          settings: { vdx: { asOf: "2026-06-01" } },
        },
      ],
    });
    const file = join(root, "src/upload.ts");
    writeFileSync(file, code);
    const [result] = await eslint.lintText(code, { filePath: file });
    expect(result!.messages.map((m) => m.ruleId)).toEqual(["@vdx/no-unassessed-export"]);
    await eslint.lintText("export const n = 1;\n", { filePath: join(root, "src/other.ts") });
    // A new job: WeakRef targets are kept until the current one ends.
    await new Promise((resolve) => setTimeout(resolve, 10));
    gc();
    expect(seen).toHaveLength(2);
    expect(seen[0]!.deref()).toBeUndefined();
    expect(reportedFindings(file)).toHaveLength(1);
  });
});
