import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import type { ApiPathResolver, CallNode } from "./api-path.js";
import type { CompiledSinkModel } from "./compiled-model.js";
import { matchPattern } from "./member-path.js";
import { callFactsOf } from "./call-facts.js";
import { createCallPrefilter } from "./call-prefilter.js";
import { createReuseScope } from "./match-reuse.js";

export interface ConfigurationCallOptions {
  /** Skip calls that provably configure nothing before resolving them (call-prefilter.ts). Default true. */
  prefilter?: boolean;
  /** Keep per-file results across program states, owned by this object (the catalogue). Off when absent. */
  reuseOwner?: object;
}

/**
 * Finds, once per program, the calls that configure an SDK globally
 * (`Sentry.init({ dsn })`, `datadogLogs.init({ site })`, `admin.initializeApp`, an OpenTelemetry
 * exporter constructed with its endpoint).
 * Such a call usually sits in an entry file while captures happen anywhere.
 */
export function createConfigurationCallIndex(
  ts: TS,
  program: ts.Program,
  resolver: ApiPathResolver,
  models: readonly CompiledSinkModel[],
  options: ConfigurationCallOptions = {},
) {
  let index: Map<CompiledSinkModel, CallNode[]> | undefined;

  const build = (): Map<CompiledSinkModel, CallNode[]> => {
    const result = new Map<CompiledSinkModel, CallNode[]>();
    const wanted = models.filter((m) => m.configuredBy);
    if (wanted.length === 0) return result;
    const checker = program.getTypeChecker();
    const prefilter = createCallPrefilter(
      ts,
      checker,
      wanted.map((m) => ({ pattern: m.configuredBy!.pattern, matchesPackage: m.configuredBy!.matchesPackage })),
    );
    const usePrefilter = options.prefilter !== false;
    const reuse = options.reuseOwner
      ? createReuseScope<Map<string, CallNode[]>>(
          ts,
          program,
          checker,
          options.reuseOwner,
          `configuration\u0000${usePrefilter}\u0000${wanted.map((m) => m.model.id).join(",")}`,
        )
      : undefined;
    for (const sourceFile of program.getSourceFiles()) {
      if (sourceFile.isDeclarationFile || /[\\/]node_modules[\\/]/.test(sourceFile.fileName)) continue;
      let byModel = reuse?.get(sourceFile);
      if (!byModel) {
        byModel = new Map();
        for (const fact of callFactsOf(ts, sourceFile).calls) {
          // Calls and constructions (`new OTLPTraceExporter({ url })` configures the spans' destination).
          if (!(usePrefilter ? prefilter.mayMatch(fact) : prefilter.mayMatchByName(fact))) continue;
          const path = resolver.pathOfCall(fact.node);
          if (!path) continue;
          for (const model of wanted) {
            if (model.configuredBy!.matchesPackage(path.package) && matchPattern(model.configuredBy!.pattern, path.steps)) {
              byModel.set(model.model.id, [...(byModel.get(model.model.id) ?? []), fact.node]);
            }
          }
        }
        reuse?.set(sourceFile, byModel);
      }
      for (const model of wanted) {
        const calls = byModel.get(model.model.id);
        if (calls) result.set(model, [...(result.get(model) ?? []), ...calls]);
      }
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
