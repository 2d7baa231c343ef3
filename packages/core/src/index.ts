// The public API of @vdx/core: what the CLI and the ESLint plugin are built on,
// and what a tool embedding vdx may rely on across minor versions (the CHANGELOG
// promises that these change only on purpose). docs/ARCHITECTURE.md lists each
// group and why it is public. Everything else is internal: tests reach it
// through src/internals.ts, which the package does not export.

// The data contract: configuration, rule pack, registry, findings, verdicts,
// classified fields (types only, plus the one constant findings are scored by).
export type * from "./model/index.js";
export { STRONG_SIGNAL_CONFIDENCE } from "./model/index.js";

// Input errors with file and line, as every loader reports them.
export { formatInputError, pointerToKeyPath } from "./input/positioned-document.js";

// The whole scan (the CLI's engine) and its parts a custom analyser plugs into.
export {
  scan,
  collectFiles,
  groupByKind,
  createBaseline,
  updateBaseline,
  readBaseline,
  serializeBaseline,
  findingFingerprint,
  compareFindings,
  DEFAULT_BASELINE_FILE,
  type ScanOptions,
  type ScanResult,
  type ScanStats,
  type ScanInputs,
  type Acceptance,
  type DiffFilter,
  type ScanProgress,
} from "./scan/index.js";

// Loading what a scan knows: configuration, rule pack, assessment registry.
export { loadKnowledge, type Knowledge, type LoadKnowledgeOptions } from "./scan/index.js";
export { loadConfig, findConfigFile, CONFIG_FILE_NAMES, DEFAULT_ASSESSMENTS_FILE } from "./config/index.js";
export { loadRulePack } from "./pack/index.js";
export { loadRegistry } from "./registry/index.js";

// The analyses the ESLint plugin runs on the program ESLint already built.
export { classifyTypeScriptDeclarations, createFieldIndex, scanSchemaFiles, evidenceText, parseAnnotationIds } from "./schema/index.js";
export { analyzeFlows, samePlainValue, type FlowAnalysisInput, type FlowAnalysisResult } from "./flow/index.js";
export { analyzeRemoteAccess, remoteAccessWorthAnalysing, remoteGateHintsIn, remoteGateOpensWith, type RemoteAnalysisResult } from "./remote/index.js";
export { createReuseScope, changesWhatEveryFileSees, compilerOptionsKey, type ReuseScope } from "./flow/sinks/index.js";
export { fileListStep, type TypeScriptAnalysisInput } from "./program/index.js";
// Paths as every report shows them (forward slashes, relative to the scan root).
export { posixPath, relativeToRoot } from "./paths/report-paths.js";
// Hosts named in URL literals: `vdx init` drafts its host list from them.
export { urlLiteralHosts } from "./program/index.js";

// Where a destination is: one predicate per meaning, so every comparison normalises alike.
export { isDomestic, isInternalNetwork, isKnownForeign, isMainlandChina, isUnplaced, normaliseJurisdiction, resolveDestination } from "./jurisdiction/index.js";

// Did-you-mean for ids, shared by the CLI's argument errors and the plugin.
export { suggestIds, editDistance, suggestionDistanceLimit } from "./categories/did-you-mean.js";

// Findings carry a message id and data; the text is rendered last from one table.
export { FINDING_MESSAGES } from "./messages/message-table.js";
export {
  findingMessage,
  interpolate,
  messageTemplate,
  messageTemplates,
  renderFindingMessage,
  textMessage,
  type FindingMessage,
  type FindingMessageData,
  type FindingMessageId,
} from "./messages/render-message.js";
