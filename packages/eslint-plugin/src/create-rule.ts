import { ESLintUtils } from "@typescript-eslint/utils";
import type { FindingLevel, RuleId } from "@vdx/core";

/**
 * Where the ESLint rule pages live (`docs/rules/<rule>.md`, in the repository
 * the CLI's SARIF links point into); each page links the finding page of its
 * rule id (`docs/findings/<rule-id>.md`, the SARIF `helpUri`).
 */
const RULE_DOCS_BASE = "https://github.com/vdx-dev/vdx/blob/main/docs/rules/";

/** The plugin's own rule documentation fields; presets are computed from them. */
export interface VdxRuleDocs {
  /** In the plugin's presets (`recommended` or `recommended-type-checked`, by `requiresTypeChecking`). */
  recommended: boolean;
  /**
   * The rule gives its full answer only with type information (whole-program flow).
   * Without it the rule still runs, on what one file says, and never throws.
   */
  requiresTypeChecking: boolean;
  /** The CLI / SARIF rule id this ESLint rule reports (contracts.md): one analysis, two front ends. */
  vdxRuleId: RuleId;
  /** Severity of the rule id in contracts.md, used as the preset severity. */
  defaultLevel: FindingLevel;
}

export const createRule = ESLintUtils.RuleCreator<VdxRuleDocs>((name) => `${RULE_DOCS_BASE}${name}.md`);
