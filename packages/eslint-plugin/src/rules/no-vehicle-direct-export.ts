import { createExportRule } from "./export-rule.js";

/** contracts.md `vehicle-direct-export`: see docs/rules/no-vehicle-direct-export.md. */
export const noVehicleDirectExport = createExportRule({
  name: "no-vehicle-direct-export",
  vdxRuleId: "vehicle-direct-export",
  description: "Disallow on-vehicle code sending personal information or important data straight to a foreign host",
  defaultLevel: "error",
});
