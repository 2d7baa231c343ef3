import { createExportRule } from "./export-rule.js";

/** contracts.md `unassessed-export`: see docs/rules/no-unassessed-export.md. */
export const noUnassessedExport = createExportRule({
  name: "no-unassessed-export",
  vdxRuleId: "unassessed-export",
  description: "Disallow classified vehicle data reaching a foreign destination without a covering export record",
  defaultLevel: "error",
});
