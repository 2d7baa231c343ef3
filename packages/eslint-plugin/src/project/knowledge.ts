import type { AssessmentRegistry, ClassifiedField, Finding, InputError, RulePack, VdxConfig } from "@vdx/core";

/**
 * What the rules know about a vdx project before looking at any TypeScript:
 * the config, the rule pack, the assessment registry and the classified fields
 * of its proto / JSON Schema / VSS files. Loaded once per config file and
 * process, shared by every rule and every linted file, rebuilt when one of
 * the files it came from changes.
 */
export interface ProjectKnowledge {
  /** Config root: include/exclude, vehicleSide and deployments are relative to it. */
  root: string;
  config: VdxConfig;
  pack: RulePack;
  registry: AssessmentRegistry;
  /** Fields classified in the project's schema files (not TypeScript: that comes from the program). */
  schemaFields: readonly ClassifiedField[];
  /**
   * Fatal input problems (config, pack, registry). While there are any the
   * analysis rules stay silent, as the CLI does (exit 2), and one rule per
   * linted file says why.
   */
  errors: readonly InputError[];
  /**
   * Findings about the config, pack and registry themselves (`vdx scan` reports them at those files),
   * kept so that the plugin knows what the CLI knows; they are located outside the linted TypeScript.
   */
  loadFindings: readonly Finding[];
  /** Whether the CLI would scan this TypeScript file (include / exclude / .gitignore of the config). */
  inScope(file: string): boolean;
  /** Files and directories the knowledge was built from: a change to any of them rebuilds it. */
  inputs: readonly string[];
  /** Increases with every rebuild; analyses cached per program remember the generation they used. */
  generation: number;
}

/** Plugin-wide settings: `settings: { vdx: { configFile, asOf } }` in the ESLint config. */
export interface VdxSettings {
  /** Explicit config file (like `vdx scan --config`), absolute or relative to ESLint's cwd. */
  configFile?: string;
  /** Date `YYYY-MM-DD` on which records are judged (like `--as-of`); default today (UTC). */
  asOf?: string;
}
