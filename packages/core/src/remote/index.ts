export { analyzeRemoteAccess, type RemoteAnalysisInput, type RemoteAnalysisResult } from "./analyze-remote-access.js";
export { remoteAnalyzer } from "./remote-analyzer.js";
export { remoteAccessWorthAnalysing, remoteGateHintsIn, remoteGateOpensWith, type RemoteGateInput } from "./remote-gate.js";
export { createRemoteMatchers, type RemoteMatchers } from "./remote-matchers.js";
export { createStoreReadFinder, type StoreRead, type StoreReadFinder } from "./store-reads.js";
export { routesIn, normalisePath, type Route } from "./routes.js";
export { sqlShape, type SqlShape } from "./sql-shape.js";
export { entityKey } from "./entity-fields.js";
export { serviceDirOf, type ForeignOrigin } from "./exposures.js";
