import type { Finding } from "../model/finding.js";
import type { Severity } from "../model/config.js";

/** Deterministic report order: file, line, column, rule id, message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

// Code-unit order, not locale order: the same bytes on every machine.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Applies config `rules:` overrides: `off` drops the rule's findings, `warn` /
 * `error` replaces the level the analyser chose.
 */
export function applyRuleSeverities(findings: readonly Finding[], rules: Readonly<Record<string, Severity | "off">>): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    const override = rules[finding.ruleId];
    if (override === "off") continue;
    out.push(override === undefined || override === finding.level ? finding : { ...finding, level: override });
  }
  return out;
}

/** Same finding reported twice (two analysers, or one visiting a file twice) collapses to one. */
export function dedupeFindings(sorted: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  let previous: Finding | undefined;
  for (const finding of sorted) {
    if (previous && compareFindings(previous, finding) === 0 && previous.fingerprint === finding.fingerprint && previous.level === finding.level) continue;
    out.push(finding);
    previous = finding;
  }
  return out;
}
