export { scan, checkAsOf, todayUtc } from "./scan.js";
export { ANALYZERS } from "./analyzers.js";
export { collectFiles, groupByKind, fileKind, ALWAYS_SKIPPED_DIRECTORIES, type CollectOptions } from "./collect-files.js";
export { GitignoreStack, parseGitignore, type IgnoreRule } from "./gitignore.js";
export { findingFingerprint, relativeToRoot } from "./fingerprint.js";
export { compareFindings, applyRuleSeverities } from "./order-findings.js";
export {
  createBaseline,
  serializeBaseline,
  readBaseline,
  DEFAULT_BASELINE_FILE,
  type BaselineFile,
} from "./baseline.js";
export { changedFilesSince } from "./changed-files.js";
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
} from "./types.js";
export { loadKnowledge, type Knowledge, type LoadKnowledgeOptions } from "./load-knowledge.js";
