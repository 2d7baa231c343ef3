import { describe, expect, it } from "vitest";
import type { Finding } from "../model/finding.js";
import { applyRuleSeverities, compareFindings, dedupeFindings } from "./order-findings.js";

const f = (file: string, line: number, column: number, ruleId: Finding["ruleId"], message = "m"): Finding => ({
  ruleId,
  level: "warn",
  message,
  location: { file, line, column },
  fingerprint: `${ruleId}:${message}`,
});

describe("finding order and severities", () => {
  it("sorts by file, line, column, rule id, message (code-unit order)", () => {
    const list = [
      f("/r/b.ts", 1, 1, "unknown-category"),
      f("/r/a.ts", 10, 1, "invalid-input"),
      f("/r/a.ts", 2, 5, "unknown-category", "z"),
      f("/r/a.ts", 2, 5, "unknown-category", "a"),
      f("/r/a.ts", 2, 5, "invalid-input"),
      f("/r/B.ts", 1, 1, "invalid-input"),
    ].sort(compareFindings);
    expect(list.map((x) => `${x.location.file}:${x.location.line}:${x.location.column}:${x.ruleId}:${x.message}`)).toEqual([
      "/r/B.ts:1:1:invalid-input:m",
      "/r/a.ts:2:5:invalid-input:m",
      "/r/a.ts:2:5:unknown-category:a",
      "/r/a.ts:2:5:unknown-category:z",
      "/r/a.ts:10:1:invalid-input:m",
      "/r/b.ts:1:1:unknown-category:m",
    ]);
  });

  it("applies off / warn / error overrides from config rules", () => {
    const findings = [f("/a", 1, 1, "unclassified-signal"), f("/a", 2, 1, "unknown-category"), f("/a", 3, 1, "invalid-input")];
    const out = applyRuleSeverities(findings, { "unclassified-signal": "off", "unknown-category": "error" });
    expect(out.map((x) => [x.ruleId, x.level])).toEqual([
      ["unknown-category", "error"],
      ["invalid-input", "warn"],
    ]);
  });

  it("collapses exact duplicates only", () => {
    const a = f("/a", 1, 1, "invalid-input");
    expect(dedupeFindings([a, { ...a }, { ...a, fingerprint: "other" }])).toHaveLength(2);
  });
});
