export { analyzeRemoteAccess, type RemoteAnalysisResult } from "./analyze-remote-access.js";

export { remoteAccessWorthAnalysing, remoteGateHintsIn, remoteGateOpensWith } from "./remote-gate.js";
export { createRemoteMatchers } from "./remote-matchers.js";
export { createStoreReadFinder } from "./store-reads.js";
export { routesIn } from "./routes.js";
export { createMountIndex } from "./mounts.js";
export { sqlShape } from "./sql-shape.js";
export { entityKey } from "./entity-fields.js";
