import type { InputError } from "../input/positioned-document.js";
import type { ReadScope } from "../input/read-scope.js";
import type { AssessmentRegistry } from "../model/registry.js";
import type { Behaviour, Finding } from "../model/finding.js";
import type { ClassifiedField } from "../model/schema-field.js";
import type { VdxConfig } from "../model/config.js";
import type { Jurisdiction, RulePack } from "../model/pack.js";
import type { SourceLocation } from "../model/location.js";
import type { VerdictStatus } from "../model/verdict.js";
import type { EngineObserver } from "../flow/taint/engine-observer.js";
import type { BaselineEntry } from "./baseline.js";
import type { ScanInputs } from "./input-files.js";

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

/**
 * The kinds of file an analyser can ask for. `schema` is every collected
 * `.json`/`.yaml`/`.yml` (package.json too): the schema analyser decides which
 * are JSON Schema / OpenAPI documents. `typescript` includes `.js` variants.
 */
export type FileKind = "proto" | "schema" | "vss" | "typescript";

export type FilesByKind = Record<FileKind, readonly string[]>;

/**
 * One flow of the export inventory (contracts.md "Inventory JSON"). `location.file`
 * is absolute inside the core; reporters make it relative to the scan root.
 */
export interface InventoryFlow {
  location: SourceLocation;
  categories: string[];
  destination: string;
  jurisdiction: Jurisdiction;
  behaviour: Behaviour;
  status: VerdictStatus;
  /** Record id that covers the flow or was the best candidate. */
  assessment?: string;
}

/** What an analyser sees: the scan's inputs plus what earlier analysers classified. */
export interface AnalysisContext {
  /** Scan root: the directory reported paths are relative to. */
  root: string;
  /** Where `$ref`s, imports and includes may lead (the root, the scanned paths, the config's `allowRead`). */
  readScope?: ReadScope;
  /** Every collected file (absolute, sorted) and the same files grouped by kind. */
  files: readonly string[];
  filesByKind: FilesByKind;
  config: VdxConfig;
  pack: RulePack;
  registry: AssessmentRegistry;
  asOf: string;
  /**
   * Fields classified by the analysers that ran before this one (`analyzers.ts`
   * order): the flow analyser reads the schema analyser's fields here.
   */
  fields: readonly ClassifiedField[];
  /** Report a finding as it is found (same effect as returning it in `findings`). */
  report(finding: Finding): void;
  /** Told what the flow analysis confirmed and looked up (the cache records confirmed callers with it). */
  observer?: EngineObserver;
  /** Told the fields and findings of the TypeScript declarations the flow analyser classified (the cache keeps them per file). */
  classified?(fields: readonly ClassifiedField[], findings: readonly Finding[]): void;
}

export interface AnalyzerOutput {
  findings?: Finding[];
  fields?: ClassifiedField[];
  flows?: InventoryFlow[];
}

/**
 * A pluggable analysis step. Register new analysers in `analyzers.ts`; the scan
 * runs them in that order, catches their exceptions (reported as
 * `invalid-input` at the scan root rather than crashing) and times each one.
 */
export interface Analyzer {
  id: string;
  run(context: AnalysisContext): Promise<AnalyzerOutput> | AnalyzerOutput;
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
