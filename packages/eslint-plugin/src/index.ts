import { createRequire } from "node:module";
import type { ESLint } from "eslint";
import { buildPresets } from "./presets.js";
import { rules } from "./rules/index.js";

const require = createRequire(import.meta.url);
// One level below the package root from both src/ (tests) and dist/ (published).
const packageJson = require("../package.json") as { name: string; version: string };

/** The namespace the presets register the plugin under; rule names are `@vdx/<rule>`. */
export const NAMESPACE = "@vdx";

const plugin = {
  meta: { name: packageJson.name, version: packageJson.version, namespace: NAMESPACE },
  rules,
  configs: {} as ReturnType<typeof buildPresets>,
};
// The presets reference the plugin object itself, so they are attached after it exists.
Object.assign(plugin.configs, buildPresets(NAMESPACE, plugin as unknown as ESLint.Plugin, rules));

export { rules };
export { reportedFindings, type ReportedFinding } from "./report/reported-findings.js";
export type { VdxRuleDocs } from "./create-rule.js";
export type { VdxSettings } from "./project/knowledge.js";
export default plugin;
