import type { InputError } from "../input/positioned-document.js";
import type { VdxConfig } from "../model/config.js";
import type { Finding } from "../model/finding.js";
import type { RulePack } from "../model/pack.js";
import type { AssessmentRegistry } from "../model/registry.js";
import { loadConfig, checkConfigCategories } from "../config/index.js";
import type { LoadOutcome } from "../model/diagnostics.js";
import { loadRulePack, type RulePackSpec } from "../pack/index.js";
import { loadRegistry, checkRegistryCategories } from "../registry/index.js";

export interface LoadKnowledgeOptions {
  /** Where the search for a config file starts (and what a config-less project is rooted at). */
  cwd: string;
  /** A config file given explicitly (`--config`, `settings.vdx.configFile`): absolute or relative to `cwd`. */
  configFile?: string;
  /**
   * How the rule pack the config names is loaded (default: `loadRulePack`). `vdx scan` passes one
   * that goes through its cache, which lives under the config's root, so the loader is given the config.
   */
  loadPack?: PackLoader;
}

export type PackLoader = (spec: RulePackSpec, config: VdxConfig) => LoadOutcome<RulePack>;

/** What a scan knows before it reads a source file. */
export interface Knowledge {
  config: VdxConfig;
  pack: RulePack;
  registry: AssessmentRegistry;
  /** Fatal problems of the config, pack or registry: while there are any, nothing is analysed. */
  errors: InputError[];
  /** Findings about the inputs themselves (an unknown category in the config or the registry, …). */
  findings: Finding[];
}

/**
 * Config → rule pack → assessment registry, and the checks that need all three
 * (categories the config and registry name must exist in the pack). `vdx scan`
 * and the ESLint plugin both start here, so the editor and the CLI know the
 * same things and report the same load problems. Never throws.
 */
export function loadKnowledge(options: LoadKnowledgeOptions): Knowledge {
  const configOutcome = loadConfig({ cwd: options.cwd, ...(options.configFile !== undefined ? { explicitFile: options.configFile } : {}) });
  const config = configOutcome.value;
  const packSpec: RulePackSpec = { rulePack: config.rulePack, extends: config.extends, baseDir: config.root };
  const packOutcome = options.loadPack ? options.loadPack(packSpec, config) : loadRulePack(packSpec);
  const pack = packOutcome.value;
  const errors = [...configOutcome.errors, ...packOutcome.errors];
  const findings = [...configOutcome.findings, ...packOutcome.findings];

  let registry: AssessmentRegistry = { version: 1, records: [] };
  if (config.assessments !== undefined) {
    const registryOutcome = loadRegistry(config.assessments);
    registry = registryOutcome.value;
    errors.push(...registryOutcome.errors);
    findings.push(...registryOutcome.findings);
  }
  // Category checks need a pack that loaded; a registry that failed is already an error.
  if (configOutcome.errors.length === 0 && packOutcome.errors.length === 0) {
    findings.push(...checkConfigCategories(config, pack));
    findings.push(...checkRegistryCategories(registry, pack));
  }
  return { config, pack, registry, errors, findings };
}
