import type { Finding } from "../../model/finding.js";
import type { ChangedLines } from "../changed-lines.js";
import type { VdxConfig } from "../../model/config.js";
import type { AssessmentRegistry } from "../../model/registry.js";
import type { ScanOptions } from "../types.js";
import { engineFingerprint, hashFile, hashText } from "./fingerprints.js";

export interface ResultKeyInput {
  config: VdxConfig;
  registry: AssessmentRegistry;
  asOf: string;
  root: string;
  tsconfig: string | undefined;
  /** The rule pack's files (undefined when a folder is missing: then nothing is cached, see below). */
  packFiles: readonly string[] | undefined;
  /** Content hash of every collected file. */
  hashes: ReadonlyMap<string, string>;
  options: ScanOptions;
  /** `environmentFingerprint` of the root: lockfiles, `@types`, the tsconfig chain. */
  environment: string;
  /** Content hash of each rule pack file, by file. */
  packHashes: ReadonlyMap<string, string>;
  /** PR mode: the changed lines, as text (`changedLinesKey`). */
  changedLines?: string;
  /** Findings of the loaders (config, pack, registry): part of the result. */
  loaderFindings: readonly Finding[];
}

/**
 * The key of a run's results: everything that can change a finding. The analysis code (vdx's build),
 * the rule pack's files, the config and registry (their bytes and what was read from them), the scan
 * date, the tsconfig chain, dependency lockfiles and `@types`, the mode (whole, PR with its changed
 * lines — which `git` is asked for anew on every run — or shard), and every collected file with its
 * content hash. Installed declaration files the program read are checked separately (`ScanCache.result`).
 */
export function resultKey(input: ResultKeyInput): string | undefined {
  if (input.packFiles === undefined) return undefined;
  const { config, registry, options } = input;
  const { document: _configDocument, ...configValue } = config;
  const { document: _registryDocument, ...registryValue } = registry;
  const parts = [
    "result/1",
    engineFingerprint(),
    ...input.packFiles.map((file) => `pack:${file}=${input.packHashes.get(file) ?? "absent"}`),
    `config:${config.file ?? "-"}=${config.file ? (hashFile(config.file) ?? "absent") : "-"}`,
    `config-value:${JSON.stringify(configValue)}`,
    `registry:${registry.file ?? "-"}=${registry.file ? (hashFile(registry.file) ?? "absent") : "-"}`,
    `registry-value:${JSON.stringify(registryValue)}`,
    `as-of:${input.asOf}`,
    `environment:${input.environment}`,
    `mode:${options.changedSince !== undefined ? `pr:${options.changedSince}:${input.changedLines ?? ""}` : options.shard ? `shard:${options.shard.index}/${options.shard.count}` : "whole"}`,
    `loader-findings:${input.loaderFindings.length}`,
    ...[...input.hashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, hash]) => `file:${file}=${hash}`),
  ];
  return hashText(...parts);
}

/** The changed lines of a PR check as text, for the result key. */
export function changedLinesKey(changes: ChangedLines): string {
  return [...changes.files]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, ranges]) => `${file}:${ranges === "all" ? "all" : ranges.map((r) => `${r.start}-${r.end}`).join(",")}`)
    .join("\n");
}
