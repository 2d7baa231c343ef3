import { loadConfig, loadRulePack, type InputError, type RulePack, type VdxConfig } from "@vdx/core";

export interface ProjectPack {
  config: VdxConfig;
  pack: RulePack;
  errors: InputError[];
}

/** The config found from `cwd` (or `--config`) and the rule pack it names, for commands that need no scan. */
export function loadProjectPack(cwd: string, configFile: string | undefined): ProjectPack {
  const configOutcome = loadConfig({ cwd, ...(configFile !== undefined ? { explicitFile: configFile } : {}) });
  const config = configOutcome.value;
  const packOutcome = loadRulePack({ rulePack: config.rulePack, extends: config.extends, baseDir: config.root });
  return { config, pack: packOutcome.value, errors: [...configOutcome.errors, ...packOutcome.errors] };
}
