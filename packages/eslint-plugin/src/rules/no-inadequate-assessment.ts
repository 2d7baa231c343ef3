import { createExportRule } from "./export-rule.js";

/** contracts.md `inadequate-assessment`: see docs/rules/no-inadequate-assessment.md. */
export const noInadequateAssessment = createExportRule({
  name: "no-inadequate-assessment",
  vdxRuleId: "inadequate-assessment",
  description: "Disallow exports whose matching record is expired, too narrow or of a mechanism too weak for the data",
  defaultLevel: "error",
});
