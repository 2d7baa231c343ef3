import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import type { ApiPathResolver, CallNode } from "./api-path.js";
import type { CompiledSinkModel } from "./compiled-model.js";
import { finalNames, matchPattern } from "./member-path.js";
import { accessedMemberName, unwrapExpression } from "../values/expression-shapes.js";

/**
 * Finds, once per program, the calls that configure an SDK globally
 * (`Sentry.init({ dsn })`, `datadogLogs.init({ site })`, `admin.initializeApp`).
 * Such a call usually sits in an entry file while captures happen anywhere.
 */
export function createConfigurationCallIndex(ts: TS, program: ts.Program, resolver: ApiPathResolver, models: readonly CompiledSinkModel[]) {
  let index: Map<CompiledSinkModel, CallNode[]> | undefined;

  const build = (): Map<CompiledSinkModel, CallNode[]> => {
    const result = new Map<CompiledSinkModel, CallNode[]>();
    const wanted = models.filter((m) => m.configuredBy);
    if (wanted.length === 0) return result;
    const names = new Set<string>();
    let anyName = false;
    for (const model of wanted) {
      const final = finalNames(model.configuredBy!.pattern);
      if (final === "*") anyName = true;
      else for (const name of final) names.add(name);
    }
    for (const sourceFile of program.getSourceFiles()) {
      if (sourceFile.isDeclarationFile || /[\\/]node_modules[\\/]/.test(sourceFile.fileName)) continue;
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node)) {
          const callee = unwrapExpression(ts, node.expression);
          // Member calls are filtered by name; plain calls (`init(…)`, possibly renamed on import) always resolve.
          const name = accessedMemberName(ts, callee);
          if (name === undefined || anyName || names.has(name)) {
            const path = resolver.pathOfCall(node);
            if (path) {
              for (const model of wanted) {
                if (model.matchesPackage(path.package) && matchPattern(model.configuredBy!.pattern, path.steps)) {
                  const list = result.get(model) ?? [];
                  list.push(node);
                  result.set(model, list);
                }
              }
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(sourceFile);
    }
    return result;
  };

  return {
    /** The configuring calls of a model, in program order. */
    callsFor(model: CompiledSinkModel): CallNode[] {
      index ??= build();
      return index.get(model) ?? [];
    },
  };
}
