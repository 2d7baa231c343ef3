export { scan, checkAsOf, todayUtc } from "./scan.js";
export { ANALYZERS } from "./analyzers.js";
export { collectFiles, groupByKind, fileKind, ALWAYS_SKIPPED_DIRECTORIES, type CollectOptions } from "./collect-files.js";
export { GitignoreStack, parseGitignore, type IgnoreRule } from "./gitignore.js";
export { findingFingerprint, relativeToRoot } from "./fingerprint.js";
export { compareFindings, applyRuleSeverities } from "./order-findings.js";
export {
  createBaseline,
  updateBaseline,
  serializeBaseline,
  readBaseline,
  DEFAULT_BASELINE_FILE,
  type BaselineFile,
  type BaselineEntry,
  type Acceptance,
} from "./baseline.js";
export { changedFilesSince } from "./changed-files.js";
export { changedLinesSince, parseUnifiedDiff, touchesChange, type ChangedLines, type LineRange } from "./changed-lines.js";
export { findingTouchesChange, filterByChange } from "./diff-filter.js";
export { planShard, type ShardPlan } from "./shard-units.js";
export { defaultCacheLocation } from "./scan.js";
export { runAnalyzers } from "./run-analyzers.js";
export { type ScanInputs } from "./input-files.js";
export type {
  ScanOptions,
  ScanResult,
  ScanStats,
  FileKind,
  FilesByKind,
  InventoryFlow,
  Analyzer,
  AnalysisContext,
  AnalyzerOutput,
  DiffFilter,
  ShardInfo,
  ScanProgress,
} from "./types.js";
