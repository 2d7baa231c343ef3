import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { RULE_IDS, formatSarif } from "@vdx/cli";
import { REPO_ROOT, runCli } from "./harness.js";
import { sampleResult } from "./sample-result.js";

/** The ESLint rule of each finding (contracts.md "ESLint plugin"); invalid-input has none. */
const ESLINT_RULE: Record<string, string | undefined> = {
  "unassessed-export": "@vdx/no-unassessed-export",
  "inadequate-assessment": "@vdx/no-inadequate-assessment",
  "vehicle-direct-export": "@vdx/no-vehicle-direct-export",
  "unresolved-destination": "@vdx/no-unresolved-destination",
  "unclassified-signal": "@vdx/require-classification",
  "unknown-category": "@vdx/valid-category",
  "invalid-input": undefined,
};

describe("finding docs (docs/findings/<rule-id>.md)", () => {
  const sarif = JSON.parse(formatSarif(sampleResult(), { toolVersion: "1.0.0" }));
  const rules: { id: string; helpUri: string; help: { markdown: string } }[] = sarif.runs[0].tool.driver.rules;

  it("covers exactly the seven rule ids of contracts.md", () => {
    expect([...RULE_IDS].sort()).toEqual(Object.keys(ESLINT_RULE).sort());
  });

  for (const id of Object.keys(ESLINT_RULE)) {
    it(`${id}: the SARIF helpUri names a page that exists and says what, why, how to fix and how to configure`, () => {
      const rule = rules.find((r) => r.id === id)!;
      const relative = /\/blob\/main\/(docs\/findings\/[a-z-]+\.md)$/.exec(rule.helpUri)?.[1];
      expect(relative, rule.helpUri).toBe(`docs/findings/${id}.md`);
      expect(rule.help.markdown).toContain(rule.helpUri);
      const page = join(REPO_ROOT, relative!);
      expect(existsSync(page)).toBe(true);
      const text = readFileSync(page, "utf8");
      expect(text.startsWith(`# \`${id}\``)).toBe(true);
      for (const section of ["## What it means", "## Why the law cares", "## How to fix", "## Configuring the severity"]) expect(text).toContain(section);
      expect(text).toContain("❌");
      expect(text).toContain("✅");
      expect(text).toMatch(new RegExp(`rules:\\n\\s+${id}: (error|warn|off)`));
      const eslint = ESLINT_RULE[id];
      if (eslint) {
        expect(text).toContain(eslint);
        expect(existsSync(join(REPO_ROOT, "docs", "rules", `${eslint.replace("@vdx/", "")}.md`))).toBe(true);
      }
      // Every relative link on the page resolves.
      for (const [, target] of text.matchAll(/\]\((?!https?:)([^)#]+)(?:#[^)]*)?\)/g)) {
        expect(existsSync(join(page, "..", target!)), `${relative} links to ${target}`).toBe(true);
      }
    });
  }

  it("vdx explain <rule-id> points at the same page", async () => {
    for (const id of RULE_IDS) {
      const run = await runCli(["explain", id], REPO_ROOT);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`docs/findings/${id}.md`);
    }
  });
});
