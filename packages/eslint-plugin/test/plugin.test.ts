import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";
import vdx, { reportedFindings } from "../src/index.js";
import { fixtureFile, AS_OF } from "./rule-tester.js";

const repo = fileURLToPath(new URL("../../../", import.meta.url));

describe("plugin object", () => {
  it("names itself and its namespace", () => {
    expect(vdx.meta).toEqual({ name: "@vdx/eslint-plugin", version: expect.stringMatching(/^\d+\.\d+\.\d+/), namespace: "@vdx" });
  });

  it("computes the presets from rule meta: syntactic rules in both, type-aware rules in the type-checked one", () => {
    expect(vdx.configs.recommended.rules).toEqual({
      "@vdx/require-classification": "warn",
      "@vdx/valid-category": "error",
    });
    expect(vdx.configs["recommended-type-checked"].rules).toEqual({
      "@vdx/no-unassessed-export": "error",
      "@vdx/no-inadequate-assessment": "error",
      "@vdx/no-vehicle-direct-export": "error",
      "@vdx/no-unresolved-destination": "warn",
      "@vdx/require-classification": "warn",
      "@vdx/valid-category": "error",
    });
    expect(vdx.configs.recommended.plugins?.["@vdx"]).toBe(vdx);
    expect(vdx.configs["recommended-type-checked"].languageOptions?.parserOptions).toEqual({ projectService: true });
    // Type-aware linting only where a tsconfig can hold the file; the syntactic preset takes JS too.
    expect(vdx.configs["recommended-type-checked"].files).toEqual(["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"]);
    expect(vdx.configs.recommended.files).toContain("**/*.mjs");
  });

  it("maps every rule to one CLI rule id of contracts.md and documents it", () => {
    const ids = Object.values(vdx.rules).map((rule) => rule.meta.docs?.vdxRuleId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [name, rule] of Object.entries(vdx.rules)) {
      expect(rule.meta.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
      expect(existsSync(join(repo, "docs/rules", `${name}.md`)), `docs/rules/${name}.md`).toBe(true);
      expect(rule.meta.messages.projectProblem).toBeDefined();
    }
  });
});

describe("used through ESLint's flat config", () => {
  const temporary: string[] = [];
  afterAll(() => temporary.forEach((d) => rmSync(d, { recursive: true, force: true })));

  const lint = async (cwd: string, file: string, code: string, extra: object = {}) => {
    const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [vdx.configs.recommended, { settings: { vdx: { asOf: AS_OF } } }, extra] });
    const [result] = await eslint.lintText(code, { filePath: file });
    return result!.messages;
  };

  it("reports through `plugins: { '@vdx': vdx }` with the recommended preset", async () => {
    const messages = await lint(fixtureFile("."), fixtureFile("src/file.ts"), "export interface T {\n  /** @vdx geo.hdmap */\n  tile: Uint8Array;\n}\n");
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([["@vdx/valid-category", 2]]);
    expect(messages[0]!.message).toContain('"geo.hdmap" is not a category of rule pack 2026');
    expect(messages[0]!.suggestions?.map((s) => s.desc)).toContain('Replace "geo.hdmap" with "geo.hd-map"');
  });

  it("says once per file, at line 1, why it is silent when the project config is broken", async () => {
    const root = mkdtempSync(join(tmpdir(), "vdx-broken-"));
    temporary.push(root);
    mkdirSync(join(root, "src"));
    writeFileSync(join(root, "vdx.config.yaml"), 'rulePack: "2026"\nunknownHosts: sometimes\n');
    writeFileSync(join(root, "src/a.ts"), "");
    const messages = await lint(root, join(root, "src/a.ts"), "/** @vdx nonsense */\nexport interface A { x: number }\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 1, column: 1 });
    expect(messages[0]!.message).toMatch(/^vdx cannot analyse this file: .*vdx\.config\.yaml:2:\d+/);
  });

  it("rejects malformed settings.vdx with a message instead of a crash", async () => {
    const messages = await lint(fixtureFile("."), fixtureFile("src/file.ts"), "export const a = 1;\n", {
      settings: { vdx: { asOf: "2026-02-30", colour: "red" } },
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toContain("settings.vdx.colour is not a vdx setting");
    expect(messages[0]!.message).toContain("and 1 more problem");
  });

  it("hands out the core finding behind each message, for tools that need categories as data", async () => {
    const file = fixtureFile("src/file.ts");
    const code = [
      "interface Fix {",
      "  /** @vdx pi.sensitive.location-trajectory */",
      "  lat: number;",
      "  /** @vdx pi.general.vehicle-identifer */",
      "  vin: string;",
      "}",
      "export async function upload(fix: Fix) {",
      '  await fetch("https://telemetry.example-motors.de/v1", { method: "POST", body: JSON.stringify({ lat: fix.lat }) });',
      "}",
      "",
    ].join("\n");
    const messages = await lint(fixtureFile("."), file, code, { rules: { "@vdx/no-unassessed-export": "error" } });
    const reported = reportedFindings(file);
    expect(messages.map((m) => [m.ruleId, m.line, m.column]).sort()).toEqual(reported.map((r) => [r.rule, r.line, r.column]).sort());
    const byRule = new Map(reported.map((r) => [r.rule, r.finding]));
    expect(byRule.get("@vdx/no-unassessed-export")?.export).toMatchObject({ categories: ["pi.sensitive.location-trajectory"], jurisdiction: "DE" });
    expect(byRule.get("@vdx/valid-category")?.suggestions?.[0]).toBe("pi.general.vehicle-identifier");

    // The next lint of the file replaces what the last one reported, also when it reports nothing.
    await lint(fixtureFile("."), file, "export const clean = 1;\n");
    expect(reportedFindings(file)).toEqual([]);
  });
});
