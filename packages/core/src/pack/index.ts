export { loadRulePack } from "./load-rule-pack.js";

