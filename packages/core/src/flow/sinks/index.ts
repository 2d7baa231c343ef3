export type { SinkCall } from "./sink-call.js";
export type { SinkMatcher, SinkMatcherOptions } from "./sink-matcher.js";
export { createSinkMatcher } from "./sink-matcher.js";

export { compileSinkModel, validateSinkModel } from "./compiled-model.js";
export type { MemberPattern, PathStep } from "./member-path.js";
export { parseMemberPath, matchPattern } from "./member-path.js";

export { createApiPathResolver } from "./api-path.js";
export { normalizePackageName } from "./package-names.js";
export { renderDestination } from "./destination-render.js";

// The static value evaluator the matcher is built on (destinations, and the taint engine's parameter binding).
export * from "../values/index.js";
export { changesWhatEveryFileSees, compilerOptionsKey, createReuseScope, type ReuseScope } from "./match-reuse.js";
