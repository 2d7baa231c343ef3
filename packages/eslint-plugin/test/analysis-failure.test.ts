import { ESLint } from "eslint";
import { describe, expect, it, vi } from "vitest";
import { AS_OF, fixtureFile } from "./rule-tester.js";

// A core exception (a vdx bug) must not crash the lint: the file gets one message saying so.
vi.mock("../src/analysis/core-engine.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../src/analysis/core-engine.js")>();
  return {
    ...original,
    pushedExportFindings: () => {
      throw new Error("checker surprise\n    at somewhere (core.js:1:1)");
    },
  };
});

describe("a failing core analysis", () => {
  it("becomes one message at the top of the file, and the other rules still report", async () => {
    const { default: vdx } = await import("../src/index.js");
    const eslint = new ESLint({
      cwd: fixtureFile("."),
      overrideConfigFile: true,
      overrideConfig: [
        vdx.configs["recommended-type-checked"],
        { languageOptions: { parserOptions: { projectService: false } }, settings: { vdx: { asOf: AS_OF } } },
      ],
    });
    const code = `interface Fix {\n  /** @vdx geo.hdmap */\n  tile: Uint8Array;\n}\nexport const send = (f: Fix) => fetch("https://x.example-motors.de", { method: "POST", body: f.tile });\n`;
    const [result] = await eslint.lintText(code, { filePath: fixtureFile("src/file.ts") });
    const messages = result!.messages.map((m) => [m.ruleId, m.line, m.message.split(" (this")[0]]);
    expect(messages).toEqual(
      [
        ["@vdx/valid-category", 2, expect.stringContaining('"geo.hdmap" is not a category')],
        [expect.stringMatching(/^@vdx\/no-/), 1, "vdx cannot analyse this file: flow analysis failed: checker surprise"],
      ].sort((a, b) => Number(a[1]) - Number(b[1])),
    );
  });
});
