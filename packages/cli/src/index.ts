export { run } from "./run.js";
export { processIo, type CliIo } from "./io.js";
export { RULES, RULE_IDS, ruleDescription, type RuleDescription } from "./rule-catalog.js";
export type { ReportInput, ReporterOptions } from "./reporters/report-input.js";
export { formatText, type TextOptions } from "./reporters/text.js";
export { formatJson } from "./reporters/json.js";
export { formatSarif, type SarifOptions } from "./reporters/sarif.js";
export { formatMarkdown } from "./reporters/markdown.js";
export { formatCodeQuality } from "./reporters/codequality.js";
export {
  formatInventoryJson,
  formatInventoryCsv,
  inventoryDocument,
  type InventoryInput,
  type InventoryOptions,
  type InventoryDocument,
} from "./reporters/inventory.js";
export { formatInventoryMarkdown, type InventoryMarkdownOptions } from "./reporters/inventory-markdown.js";
export { cliVersion } from "./version.js";
