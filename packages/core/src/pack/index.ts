export { loadRulePack, rulePackInputFiles, type RulePackSpec } from "./load-rule-pack.js";
