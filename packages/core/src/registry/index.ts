export { loadRegistry } from "./load-registry.js";
export { checkRegistryCategories } from "./check-registry-categories.js";
