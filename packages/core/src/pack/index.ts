export { loadRulePack, rulePackInputFiles, type RulePackSpec } from "./load-rule-pack.js";
export { listCategoryIds, isKnownCategoryId, isReservedCategoryId, NONE_CATEGORY_ID, RESERVED_CATEGORY_IDS } from "./category-ids.js";
export { builtinPackDir, builtinPackIds, builtinRulesRoot, packSchemaPath } from "./pack-location.js";
export { PACK_PARTS, type PackPart } from "./pack-files.js";
