export { scan } from "./scan.js";
export { ANALYZERS } from "./analyzers.js";
export { collectFiles, groupByKind } from "./collect-files.js";

export { findingFingerprint } from "./fingerprint.js";
export { compareFindings } from "./order-findings.js";
export { createBaseline, updateBaseline, serializeBaseline, readBaseline, DEFAULT_BASELINE_FILE, type Acceptance } from "./baseline.js";
export { type ScanInputs } from "./input-files.js";
export type { ScanOptions, ScanResult, ScanStats, DiffFilter, ScanProgress } from "./types.js";
export { loadKnowledge, type Knowledge, type LoadKnowledgeOptions } from "./load-knowledge.js";
