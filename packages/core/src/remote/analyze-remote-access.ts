import type ts from "typescript";
import type { Finding } from "../model/finding.js";
import type { InventoryFlow } from "../model/analysis.js";
import { codePlacementsOf } from "../flow/border/code-placement.js";
import { analysedSourceFiles } from "../program/analysed-source-files.js";
import { groupFlows } from "../flow/findings/flow-groups.js";
import { createSinkMatcher } from "../flow/sinks/index.js";
import { ClassifiedTypes } from "../flow/taint/classified-types.js";
import type { SinkCallLike } from "../flow/taint/flow-types.js";
import { scanEngineInput } from "../flow/taint/engine-input.js";
import { runTaintEngine } from "../flow/taint/taint-engine.js";
import { problemFindings } from "../flow/findings/problem-findings.js";
import { createStaticEvaluator, valuesOf } from "../flow/values/index.js";
import { entityFieldsOf } from "./entity-fields.js";
import { createExposureIndex } from "./exposures.js";
import { createMountIndex } from "./mounts.js";
import { foreignReaderFlows } from "./foreign-readers.js";
import { processingAbroadFlows } from "./processing-abroad.js";
import { placer, readDataCache, type RemoteContext } from "./remote-context.js";
import type { RemoteFlow } from "./remote-findings.js";
import { createRemoteMatchers } from "./remote-matchers.js";
import { replicationFlows, replicationsIn, storeKey, type Replication } from "./replications.js";
import { exposedRoutes, routeExposureFindings } from "./route-exposure-flows.js";
import { createStoreReadFinder } from "./store-reads.js";
import type { TypeScriptAnalysisInput } from "../program/scan-typescript.js";

/** The same input as push-flow analysis (`analyzeFlows`). */
export type RemoteAnalysisInput = TypeScriptAnalysisInput;

export interface RemoteAnalysisResult {
  findings: Finding[];
  flows: InventoryFlow[];
  stats: { reads: number; exposedRoutes: number; replications: number };
}

/**
 * Remote access and processing abroad (the second and third kinds of export
 * of regulation.md) on the push-flow engine: store reads, exposed routes and
 * replication calls are recognised with the sink matcher, classified data is
 * followed with the taint engine (store reads become its sources), and every
 * flow is judged by the same registry evaluator.
 */
export function analyzeRemoteAccess(input: RemoteAnalysisInput): RemoteAnalysisResult {
  const empty: RemoteAnalysisResult = { findings: [], flows: [], stats: { reads: 0, exposedRoutes: 0, replications: 0 } };
  const catalogue = input.pack.remote;
  if (!catalogue) return empty;
  const { ts, program } = input;
  const checker = program.getTypeChecker();
  const files = analysedSourceFiles(program, input.files, input.sourceFiles);
  const evaluator = createStaticEvaluator(ts, checker);
  const matchers = createRemoteMatchers(ts, program, catalogue);
  const types = new ClassifiedTypes(ts, checker, input.fields, input.pack);
  const entities = entityFieldsOf(input.fields, input.pack);
  const reads = createStoreReadFinder(ts, program, evaluator, matchers, catalogue.stores);
  const ctx: RemoteContext = {
    ts,
    checker,
    program,
    files,
    pack: input.pack,
    catalogue,
    config: input.config,
    registry: input.registry,
    asOf: input.asOf,
    evaluator,
    matchers,
    reads,
    types,
    entities,
    placements: codePlacementsOf(input.config),
    prefixes: createMountIndex(ts, checker, evaluator, matchers, catalogue.mounts ?? [], catalogue.frameworks, files),
    dataOf: readDataCache({ ts, checker, types, entities }),
    place: placer(input.pack, input.config),
  };

  const readers = foreignReaderFlows(ctx);
  const exposures = createExposureIndex(ts, checker, evaluator, matchers, catalogue.exposures, files, input.config, input.pack, ctx.prefixes);
  const exposed = exposedRoutes(ctx, exposures);
  const replications = files.flatMap((file) => replicationsIn(ctx, file));
  const writes = storeWriteSinks(ctx, replications);

  const sinkCount = [...exposed.sinksByFile.values()].reduce((n, s) => n + s.length, 0) + [...writes.values()].reduce((n, s) => n + s.length, 0);
  let routeResults: { findings: Finding[]; flows: InventoryFlow[] } = { findings: [], flows: [] };
  let problems: Finding[] = [];
  const storeWrites = new Map<string, RemoteFlow["origins"]>();
  if (sinkCount > 0 || exposed.returning.length > 0) {
    const engine = runTaintEngine({
      ...scanEngineInput(input, evaluator),
      sinkCallsIn: (file) => [...(exposed.sinksByFile.get(file) ?? []), ...(writes.get(file) ?? [])],
      bindParameter: (_sink, value, call) => evaluator.bindParameter(value, call),
      callSource: (call) => {
        const read = reads.readAt(call);
        return read ? ctx.dataOf(read).taint : undefined;
      },
    });
    routeResults = routeExposureFindings(ctx, exposed, engine);
    // Units the engine did not analyse fully; the push analysis reports the same ones (deduplicated by the scan).
    problems = problemFindings(engine.problems);
    for (const group of groupFlows(engine.flows)) {
      if (exposed.routeOfSink.has(group.sink.node) || group.sink.destination.kind !== "known") continue;
      for (const value of valuesOf(group.sink.destination)) {
        const key = storeKey(value);
        storeWrites.set(key, [...(storeWrites.get(key) ?? []), ...group.origins]);
      }
    }
  }
  const replicated = replicationFlows(ctx, replications, storeWrites);
  const abroad = processingAbroadFlows(ctx, readers.arrivals);
  return {
    findings: [...readers.findings, ...routeResults.findings, ...replicated.findings, ...abroad.findings, ...problems],
    flows: [...readers.flows, ...routeResults.flows, ...replicated.flows, ...abroad.flows],
    stats: {
      // Counted when asked: listing every file's reads costs an editor's re-lint more than the findings need.
      get reads() {
        return files.reduce((n, f) => n + reads.readsIn(f).length, 0);
      },
      exposedRoutes: exposed.routeOfSink.size + exposed.returning.length,
      replications: replications.length,
    },
  };
}

/** Push sinks of the pack that write into a replicated store: what they write is what the store holds. */
function storeWriteSinks(ctx: RemoteContext, replications: readonly Replication[]): Map<ts.SourceFile, SinkCallLike[]> {
  const byFile = new Map<ts.SourceFile, SinkCallLike[]>();
  const sources = new Set(replications.flatMap((r) => r.sources.map(storeKey)));
  if (sources.size === 0) return byFile;
  const matcher = createSinkMatcher(ctx.ts, ctx.program, ctx.pack);
  for (const file of ctx.files) {
    const writes = matcher
      .sinkCallsIn(file)
      .filter((sink) => sink.destination.kind === "known" && valuesOf(sink.destination).some((v) => sources.has(storeKey(v))));
    if (writes.length > 0) byFile.set(file, writes);
  }
  return byFile;
}
