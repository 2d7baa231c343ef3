export type { SinkCall } from "./sink-call.js";
export type { SinkMatcher, SinkMatcherOptions } from "./sink-matcher.js";
export { createSinkMatcher } from "./sink-matcher.js";
export type { CompiledSinkModel, CompileResult } from "./compiled-model.js";
export { compileSinkModel, validateSinkModel } from "./compiled-model.js";
export type { MemberPattern, PatternToken, PathStep } from "./member-path.js";
export { parseMemberPath, matchPattern } from "./member-path.js";
export type { ApiPath, ApiPathResolver, CallNode } from "./api-path.js";
export { createApiPathResolver } from "./api-path.js";
export { packageOfFile, normalizePackageName } from "./package-names.js";
export { renderDestination, regionOfArn } from "./destination-render.js";
export { citedRecordOf } from "./citation.js";
// The static value evaluator the matcher is built on (destinations, and the taint engine's parameter binding).
export * from "../values/index.js";
export { changesWhatEveryFileSees, compilerOptionsKey, createReuseScope, type ReuseScope } from "./match-reuse.js";
