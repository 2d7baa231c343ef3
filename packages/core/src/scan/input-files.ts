import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { AssessmentRegistry } from "../model/registry.js";
import type { VdxConfig } from "../model/config.js";
import type { RulePack } from "../model/pack.js";

/** The files a scan read: what an output file must never replace (see `ScanResult.inputs`). */
export interface ScanInputs {
  /** vdx's own inputs: the config, the registry, the baseline, the rule pack's files, the tsconfig. */
  ownFiles: string[];
  /** Every file collected for analysis (source, schema, proto, VSS), absolute and sorted. */
  scannedFiles: string[];
}

/** vdx's own input files of a scan, absolute, sorted, without duplicates. */
export function ownInputFiles(config: VdxConfig, registry: AssessmentRegistry, pack: RulePack, baselineFile: string | undefined): string[] {
  const files = new Set<string>();
  if (config.file !== undefined) files.add(config.file);
  if (registry.file !== undefined) files.add(registry.file);
  if (baselineFile !== undefined) files.add(baselineFile);
  const tsconfig = config.tsconfig !== undefined ? resolve(config.root, config.tsconfig) : join(config.root, "tsconfig.json");
  if (existsSync(tsconfig)) files.add(tsconfig);
  // A pack folder's files are read by name (pack.yaml, sinks.yaml…): every file directly in it counts.
  for (const folder of pack.roots) {
    try {
      for (const entry of readdirSync(folder, { withFileTypes: true })) if (!entry.isDirectory()) files.add(join(folder, entry.name));
    } catch {
      // A folder that cannot be listed was reported by the pack loader.
    }
  }
  return [...files].sort();
}
