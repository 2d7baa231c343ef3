import type { Finding, RuleId } from "@vdx/core";
import { RULE_IDS } from "../rule-catalog.js";

export interface FindingSummary {
  total: number;
  errors: number;
  warnings: number;
  /** Count per rule id, every rule id present (0 when none), in catalogue order. */
  byRule: Record<RuleId, number>;
  /** Files with at least one finding. */
  filesWithFindings: number;
}

export function summarize(findings: readonly Finding[]): FindingSummary {
  // Keyed by string: `vdx merge` counts findings read back from shards, whose rule ids are not checked.
  const byRule: Record<string, number> = Object.fromEntries(RULE_IDS.map((id) => [id, 0]));
  let errors = 0;
  for (const f of findings) {
    byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
    if (f.level === "error") errors++;
  }
  return {
    total: findings.length,
    errors,
    warnings: findings.length - errors,
    byRule,
    filesWithFindings: new Set(findings.map((f) => f.location.file)).size,
  };
}

export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}
