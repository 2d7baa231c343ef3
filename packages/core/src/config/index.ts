export { findConfigFile, CONFIG_FILE_NAMES } from "./find-config-file.js";
export { loadConfig } from "./load-config.js";
export { DEFAULT_ASSESSMENTS_FILE } from "./normalize-config.js";
export { checkConfigCategories } from "./check-config-categories.js";
