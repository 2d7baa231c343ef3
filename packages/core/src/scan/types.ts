import type { InputError } from "../input/positioned-document.js";
import type { AssessmentRegistry } from "../model/registry.js";
import type { Finding } from "../model/finding.js";
import type { ClassifiedField } from "../model/schema-field.js";
import type { VdxConfig } from "../model/config.js";
import type { RulePack } from "../model/pack.js";
import type { BaselineEntry } from "./baseline.js";
import type { ScanInputs } from "./input-files.js";
import type { Analyzer, FileKind, InventoryFlow } from "../model/analysis.js";

// Kept here for importers that predate model/analysis.ts.
export type { Analyzer, AnalysisContext, AnalyzerOutput, FileKind, FilesByKind, InventoryFlow } from "../model/analysis.js";

export interface ScanOptions {
  /** Scan roots or single files, absolute or relative to `cwd`. Empty = `cwd`. */
  paths: string[];
  cwd: string;
  /** Explicit config file (`--config`); otherwise found by walking up from the scan root. */
  configFile?: string;
  /** Scan date `YYYY-MM-DD` for record validity; default today's date in UTC. */
  asOf?: string;
  /**
   * PR mode (`--changed-since`): report the findings whose flow (classification, any step, or sink)
   * touches a line changed since this git ref, and schema findings on changed lines; only what the
   * change can affect is analysed.
   */
  changedSince?: string;
  /** One shard of a CI matrix (`--shard i/n`, 1-based): findings located in its workspace packages. */
  shard?: { index: number; count: number };
  /** Persistent cache (`--cache`); `location` defaults to `node_modules/.cache/vdx` under the scan root. */
  cache?: { location?: string };
  /** Progress of the phases (the CLI draws it on a terminal). */
  onProgress?(progress: ScanProgress): void;
  /** Notes for verbose output: cache hits and misses, why PR mode analysed the whole project. */
  onNote?(message: string): void;
  /** Baseline file (`--baseline`): findings whose fingerprint it lists are dropped. */
  baselineFile?: string;
  /** Analysers to run; default the registered list of `analyzers.ts`. Tests pass their own. */
  analyzers?: readonly Analyzer[];
}

/** PR mode's filter, said in every report format. */
export interface DiffFilter {
  /** The git ref the change is measured from. */
  ref: string;
  /** Files changed since it (committed, staged, unstaged or untracked). */
  changedFiles: number;
  /** Every finding is reported, because vdx's own inputs changed (config, registry, rule pack, tsconfig). */
  unfilteredBecause?: string;
}

/** Which part of the project a shard reports (`--shard i/n`). */
export interface ShardInfo {
  index: number;
  count: number;
  /** Its workspace packages (folders relative to the scan root; `.` for files in no package). */
  units: string[];
}

export interface ScanProgress {
  /** `load`, `collect`, `schemas`, `typescript`, `flows`, `remote`, `cache` … */
  phase: string;
  done?: number;
  total?: number;
}

export interface ScanStats {
  files: Record<FileKind, number> & { total: number };
  /** Milliseconds per phase (`collect`, `load`) and per analyser id. Not part of deterministic output. */
  timings: Record<string, number>;
}

export interface ScanResult {
  root: string;
  asOf: string;
  config: VdxConfig;
  pack: RulePack;
  registry: AssessmentRegistry;
  /** Fatal input errors (config, registry, pack, usage): the CLI exits 2 when non-empty. */
  errors: InputError[];
  /** Sorted by file, line, column, ruleId, message; severities of config `rules:` applied. */
  findings: Finding[];
  fields: ClassifiedField[];
  flows: InventoryFlow[];
  /** Findings dropped because the baseline lists them (`--baseline`). */
  baselined: number;
  /** PR mode: findings analysed but left out because their flow touches no changed line (`--changed-since`). */
  unchanged: number;
  stats: ScanStats;
  /** PR mode: what the results were filtered by. */
  diffFilter?: DiffFilter;
  /** `--shard`: the part of the project reported. */
  shard?: ShardInfo;
  /** `--baseline`: entries no finding matches any more (not in PR mode; a shard's own files only). */
  staleBaseline?: BaselineEntry[];
  /** Whether the results were replayed from the cache (`--cache`) rather than analysed. */
  replayed?: boolean;
  /** The files this scan read (absolute): a report written after the scan must never replace one of them. */
  inputs: ScanInputs;
}
