import type ts from "typescript";
import type { PathStep } from "./member-path.js";

// The shapes api-path.ts resolves, in a file of their own so that api-path-lookups.ts, which
// api-path.ts calls, needs nothing of api-path.ts (the two made a type-only import cycle).

export type CallNode = ts.CallExpression | ts.NewExpression;

/**
 * Where a value comes from, as an access path from a package export:
 * `axios.create({…}).post` → package "axios", steps [default, create, (call), post].
 * Package `global` holds browser/Node globals (fetch, navigator, XMLHttpRequest, WebSocket).
 */
export interface ApiPath {
  package: string;
  steps: PathStep<CallNode>[];
  /**
   * Calls of project factories the client came out of (`AxiosFactory.getAxiosInstance(url)` returning
   * `axios.create({ baseURL: url })`), innermost first: a parameter of such a factory in the client's
   * configuration is what that call passes.
   */
  factories?: { func: ts.FunctionLikeDeclaration; call: ts.CallExpression }[];
}

export interface ApiPathResolver {
  pathOf(expression: ts.Expression): ApiPath | undefined;
  /** The path of a call including the call itself as the last step. */
  pathOfCall(call: CallNode): ApiPath | undefined;
}

export interface ApiPathOptions {
  /**
   * Whether the checker may be asked for the type of an expression in this file (the type-based instance
   * fallback). Asking costs type checking; the matcher allows it only in files that import an SDK.
   */
  allowTypeLookup?: (sourceFile: ts.SourceFile) => boolean;
}
