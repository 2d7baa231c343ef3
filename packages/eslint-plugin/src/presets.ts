import tsParser from "@typescript-eslint/parser";
import type { ESLint, Linter } from "eslint";
import type { VdxRuleDocs } from "./create-rule.js";

interface RuleEntry {
  meta: { docs?: Partial<VdxRuleDocs> };
}

/** TypeScript sources: what the type-checked preset lints (a tsconfig includes them). */
const TYPESCRIPT_FILES = ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"];
/**
 * The syntactic preset also takes JavaScript. The type-checked one does not:
 * JS files outside every tsconfig (`eslint.config.js` itself) would fail in
 * the project service; projects that type-check JS add their globs.
 */
const LINTED_FILES = [...TYPESCRIPT_FILES, "**/*.js", "**/*.jsx", "**/*.mjs", "**/*.cjs"];

/**
 * The two flat-config presets, computed from each rule's `meta.docs`: a rule
 * is listed once, in its definition, and lands in `recommended` when it needs
 * no type information and in `recommended-type-checked` always (that preset is
 * a superset, so users pick one, never both). Severity is the rule id's
 * default from contracts.md.
 */
export function buildPresets(
  namespace: string,
  plugin: ESLint.Plugin,
  rules: Readonly<Record<string, RuleEntry>>,
): { recommended: Linter.Config; "recommended-type-checked": Linter.Config } {
  // Typed with ESLint's own config type, so `defineConfig([...])` and `new ESLint({ overrideConfig })` accept the presets as they are.
  const syntactic: Linter.RulesRecord = {};
  const typed: Linter.RulesRecord = {};
  for (const [name, rule] of Object.entries(rules)) {
    const docs = rule.meta.docs;
    if (!docs?.recommended) continue;
    const level = docs.defaultLevel === "warn" ? "warn" : "error";
    typed[`${namespace}/${name}`] = level;
    if (!docs.requiresTypeChecking) syntactic[`${namespace}/${name}`] = level;
  }
  const parser = tsParser as Linter.Parser;
  return {
    recommended: {
      name: `${namespace}/recommended`,
      files: LINTED_FILES,
      plugins: { [namespace]: plugin },
      languageOptions: { parser, sourceType: "module" },
      rules: syntactic,
    },
    "recommended-type-checked": {
      name: `${namespace}/recommended-type-checked`,
      files: TYPESCRIPT_FILES,
      plugins: { [namespace]: plugin },
      // The project service gives the rules the same program `tsc` would build,
      // without a `project` list to maintain (what typescript-eslint recommends).
      languageOptions: { parser, sourceType: "module", parserOptions: { projectService: true } },
      rules: typed,
    },
  };
}
