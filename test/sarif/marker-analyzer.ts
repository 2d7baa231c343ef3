import { readFileSync } from "node:fs";
import { normaliseJurisdiction, type Analyzer, type Finding, type FindingLevel, type RuleId } from "@vdx/core";

const EXPORT_RULES: RuleId[] = ["unassessed-export", "inadequate-assessment", "vehicle-direct-export"];
const LEVEL: Record<RuleId, FindingLevel> = {
  "unassessed-export": "error",
  "inadequate-assessment": "error",
  "vehicle-direct-export": "error",
  "unresolved-destination": "warn",
  "unclassified-signal": "warn",
  "unknown-category": "error",
  "invalid-input": "error",
};

/**
 * A test analyser that reports what the scanned files ask for: a line holding
 * `vdx-test-finding: <rule-id> <key>` becomes a finding of that rule there;
 * `vdx-test-source: <key>` marks where the flow of that key starts. It lets
 * the SARIF tests drive the real scan pipeline with findings of every rule id
 * before (and independently of) the real analysers.
 */
export const markerAnalyzer: Analyzer = {
  id: "test-markers",
  run(context) {
    const findings: Finding[] = [];
    for (const file of context.files) {
      const lines = readFileSync(file, "utf8").split("\n");
      const sources = new Map<string, { line: number; column: number }>();
      lines.forEach((text, index) => {
        const source = /vdx-test-source: (\S+)/.exec(text);
        if (source) sources.set(source[1]!, { line: index + 1, column: source.index + 1 });
      });
      lines.forEach((text, index) => {
        const marker = /vdx-test-finding: (\S+) (\S+)/.exec(text);
        if (!marker) return;
        const ruleId = marker[1] as RuleId;
        const key = marker[2]!;
        const location = { file, line: index + 1, column: marker.index + 1, endLine: index + 1, endColumn: text.length + 1 };
        const finding: Finding = {
          ruleId,
          level: LEVEL[ruleId],
          message: `${ruleId} at ${key}`,
          location,
          fingerprint: `${ruleId}|${key}`,
        };
        if (EXPORT_RULES.includes(ruleId)) {
          finding.export = {
            categories: ["pi.sensitive.location-trajectory"],
            destination: `${key}.example.de`,
            jurisdiction: normaliseJurisdiction("DE"),
            behaviour: "push",
            ...(ruleId === "inadequate-assessment" ? { assessment: "SA-2026-0001" } : {}),
          };
          const source = sources.get(key);
          finding.flow = [
            ...(source ? [{ location: { file, ...source }, message: `${key} classified pi.sensitive.location-trajectory` }] : []),
            { location, message: `sent to ${key}.example.de` },
          ];
        }
        if (ruleId === "unclassified-signal" || ruleId === "unknown-category") finding.suggestions = ["pi.sensitive.location-trajectory"];
        if (ruleId === "unknown-category") {
          // One finding with a real message id and data, as the analysers make them (the SARIF message reference).
          finding.messageId = "unknownCategory";
          finding.data = { id: `pi.${key}`, where: key, didYouMean: "" };
        }
        findings.push(finding);
      });
    }
    return { findings };
  },
};
