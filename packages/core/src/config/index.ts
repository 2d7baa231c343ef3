export { findConfigFile, CONFIG_FILE_NAMES } from "./find-config-file.js";
export { loadConfig, type LoadConfigOptions } from "./load-config.js";
export { normalizeConfig, looksLikePath, DEFAULT_RULE_PACK, DEFAULT_ASSESSMENTS_FILE } from "./normalize-config.js";
export { checkConfigCategories } from "./check-config-categories.js";
