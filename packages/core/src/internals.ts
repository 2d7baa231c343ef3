// Internals the tests exercise directly: not part of the public API (src/index.ts), not exported by
// the package; tests import them as "@vdx/core/internals" (an alias of vitest.config.ts and tsconfig.json).
export { placeDestination, taintWork } from "./flow/index.js";
export {
  type MemberPattern,
  type PathStep,
  type SinkCall,
  type SinkMatcher,
  compileSinkModel,
  createSinkMatcher,
  matchPattern,
  parseMemberPath,
  renderDestination,
  validateSinkModel,
} from "./flow/sinks/index.js";
export { type StaticValue, createStaticEvaluator, describeStaticValue, knownValue } from "./flow/values/index.js";
export { createScanProgram, scanTypeScript } from "./program/index.js";
export { createMountIndex, createRemoteMatchers, createStoreReadFinder, entityKey, routesIn, sqlShape } from "./remote/index.js";
export { ANALYZERS } from "./scan/index.js";
export { evaluateFlow } from "./verdict/index.js";
