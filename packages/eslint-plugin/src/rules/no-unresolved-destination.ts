import { createExportRule } from "./export-rule.js";

/** contracts.md `unresolved-destination`: see docs/rules/no-unresolved-destination.md. */
export const noUnresolvedDestination = createExportRule({
  name: "no-unresolved-destination",
  vdxRuleId: "unresolved-destination",
  description: "Flag classified vehicle data reaching a sink whose destination cannot be resolved statically",
  defaultLevel: "warn",
});
