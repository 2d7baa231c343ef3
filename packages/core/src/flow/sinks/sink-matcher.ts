import type ts from "typescript";
import type { SinkDestinationKind, SinkModel } from "../../model/pack.js";
import type { FlowStep } from "../../model/finding.js";
import type { TS } from "../values/typescript-module.js";
import type { ParameterValue, StaticValue } from "../values/static-value.js";
import { knownValue, unknownValue, valuesOf } from "../values/static-value.js";
import { createStaticEvaluator, type StaticEvaluator } from "../values/static-evaluator.js";
import { locationOf } from "../values/source-location.js";
import { accessedMemberName, unwrapExpression } from "../values/expression-shapes.js";
import { createApiPathResolver, type ApiPath, type CallNode } from "./api-path.js";
import type { CompiledSinkModel } from "./compiled-model.js";
import { programModels } from "./catalogue-models.js";
import { matchPattern } from "./member-path.js";
import { selectAll, type CallBindings, type SelectorContext } from "./selectors.js";
import { createModelConditions } from "./model-conditions.js";
import { regionOfArn, renderDestination, renderRegion } from "./destination-render.js";
import { createDestinationResolver, NO_DESTINATION } from "./destination-resolution.js";
import { createConfigurationCallIndex } from "./configuration-calls.js";
import { citedRecordOf } from "./citation.js";
import { callFactOf, callFactsOf } from "./call-facts.js";
import { createCallPrefilter } from "./call-prefilter.js";
import { createReuseScope } from "./match-reuse.js";
import { describeCallee, describeShort } from "./sink-descriptions.js";
import { generatedClientPackage } from "./generated-clients.js";
import type { SinkCall } from "./sink-call.js";
import { headerPayloads } from "./authentication-headers.js";

export interface SinkMatcher {
  /** The sink a call or `new` is, with its destination resolved; undefined when it sends nothing anywhere. */
  matchCall(node: ts.CallExpression | ts.NewExpression): SinkCall | undefined;
  /** Every sink call in a file, in source order (the matcher's own list: not to be changed). */
  sinkCallsIn(sourceFile: ts.SourceFile): readonly SinkCall[];
  /**
   * The destination of `sink` as supplied at one call of the function whose parameter it is (a shared
   * `postJson(url, body)` called with a foreign URL). The result may again be a parameter (of the caller).
   * Without a call: the parameter's default value (an SDK class nobody in the program constructs).
   */
  bindDestination(sink: SinkCall, value: ParameterValue, call: ts.CallExpression | ts.NewExpression | undefined): StaticValue;
  /** The string evaluator the matcher uses (shared cache). */
  readonly evaluator: StaticEvaluator;
  /** Models that could not be compiled (bad member path or selector); they never match. */
  readonly problems: readonly { model: string; message: string }[];
}

export interface SinkMatcherOptions {
  /**
   * Skip calls that provably cannot be sinks before asking the checker (default true): callee names no model
   * ends with, local functions, receivers that are local arrays, literals, lib collections or lib-typed
   * parameters, chains rooted in a package no model covers. Off only to measure what it saves.
   */
  prefilter?: boolean;
  /**
   * Reuse `sinkCallsIn` results of a file from an earlier program state (same catalogue) when the file,
   * everything it imports and every global declaration are the same `SourceFile` objects again (default
   * true). This is what makes re-analysis after an edit in the editor cheap.
   */
  reuse?: boolean;
}

/** The destination kind a sink call was rendered with (for binding caller-supplied destinations later). */
const renderKinds = new WeakMap<SinkCall, SinkDestinationKind>();

interface ReusedFile {
  sinks: SinkCall[];
  /** Configuration calls the file's sinks were resolved with, per model id (`Sentry.init` elsewhere). */
  configuration: Map<string, readonly CallNode[]>;
}

/**
 * Recognises sink calls of the rule pack's catalogue in a program. Works with
 * any copy of TypeScript (`ts` is injected) and any program (ts-morph's in the
 * CLI, typescript-eslint's in the plugin).
 */
export function createSinkMatcher(ts: TS, program: ts.Program, pack: { readonly sinks: readonly SinkModel[] }, options: SinkMatcherOptions = {}): SinkMatcher {
  const checker = program.getTypeChecker();
  const evaluator = createStaticEvaluator(ts, checker);
  const { compiled, byFinalName, anyFinalName, order, modelById, key: compiledKey, problems } = programModels(ts, program, pack.sinks);
  const importsOf = (sourceFile: ts.SourceFile): Set<string> => callFactsOf(ts, sourceFile).imports;
  const sdkImporters = new WeakMap<ts.SourceFile, boolean>();
  const importsAnSdk = (sourceFile: ts.SourceFile): boolean => {
    let answer = sdkImporters.get(sourceFile);
    if (answer === undefined) {
      answer = [...importsOf(sourceFile)].some((name) => compiled.some((m) => m.model.package !== "global" && m.matchesPackage(name)));
      sdkImporters.set(sourceFile, answer);
    }
    return answer;
  };
  const resolver = createApiPathResolver(ts, checker, { allowTypeLookup: importsAnSdk });
  const usePrefilter = options.prefilter !== false;
  const prefilter = createCallPrefilter(
    ts,
    checker,
    compiled.map((m) => ({ pattern: m.pattern, matchesPackage: m.matchesPackage })),
  );
  const reuse =
    options.reuse === false ? undefined : createReuseScope<ReusedFile>(ts, program, checker, pack.sinks, `sinks\u0000${usePrefilter}\u0000${compiledKey}`);
  const configurationCalls = createConfigurationCallIndex(ts, program, resolver, compiled, {
    prefilter: usePrefilter,
    reuseOwner: options.reuse === false ? undefined : pack.sinks,
  });
  const results = new Map<ts.Node, SinkCall | null>();
  /** Files whose sink calls were all listed in this state (computed or reused). */
  const listedFiles = new Set<ts.SourceFile>();
  const { resolveDestination, firstResolvable } = createDestinationResolver({
    ts,
    checker,
    evaluator,
    resolver,
    configurationCallsFor: (model) => configurationCalls.callsFor(model),
  });

  const candidatesFor = (node: CallNode): readonly CompiledSinkModel[] => {
    const name = accessedMemberName(ts, unwrapExpression(ts, node.expression));
    if (name === undefined) return compiled; // `fetch(…)`, `api(…)`, `new Upload(…)`: decided by the resolved path
    const named = byFinalName.get(name) ?? [];
    if (anyFinalName.length === 0) return named;
    return [...named, ...anyFinalName].sort((a, b) => order.get(a)! - order.get(b)!);
  };

  const matchCall = (node: CallNode): SinkCall | undefined => {
    if (compiled.length === 0) return undefined;
    const cached = results.get(node);
    if (cached !== undefined) return cached ?? undefined;
    // Every sink of a listed file is in `results`: another call there is none (no checker work for it).
    if (listedFiles.size > 0 && listedFiles.has(node.getSourceFile())) return undefined;
    if (generatedClientPackage(node.getSourceFile())) return undefined;
    let result: SinkCall | undefined;
    const candidates = usePrefilter && !prefilter.mayMatch(callFactOf(ts, node)) ? [] : candidatesFor(node);
    const path = candidates.length > 0 ? resolver.pathOfCall(node) : undefined;
    if (path) {
      for (const model of candidates) {
        const bindings = bind(model, path, node);
        if (bindings) {
          result = buildSinkCall(model, bindings, path);
          break;
        }
      }
    }
    results.set(node, result ?? null);
    return result;
  };

  const { commandOf, whenHolds } = createModelConditions({ ts, checker, evaluator, resolver });

  const bind = (model: CompiledSinkModel, path: ApiPath, node: CallNode): CallBindings | undefined => {
    if (!model.matchesPackage(path.package)) return undefined;
    const calls = matchPattern(model.pattern, path.steps);
    if (!calls) return undefined;
    const bindings: CallBindings = { sink: node, calls };
    if (model.command) {
      const command = commandOf(model, bindings);
      if (command === null) return undefined;
      if (command) bindings.command = command;
    }
    if (model.when && !whenHolds(model, bindings)) return undefined;
    return bindings;
  };

  const buildSinkCall = (model: CompiledSinkModel, bindings: CallBindings, path: ApiPath): SinkCall => {
    const node = bindings.sink;
    const here = locationOf(node);
    const context: SelectorContext = { ts, checker, evaluator, compiled: model, bindings };
    const spec = model.model;
    const steps: FlowStep[] = [];
    bindings.calls.slice(0, -1).forEach((call) => {
      if (call) steps.push({ location: locationOf(call), message: `${describeCallee(call)} creates the ${path.package} client used by this call` });
    });
    if (bindings.command) steps.push({ location: locationOf(bindings.command), message: `${describeCallee(bindings.command)} builds the request sent here` });

    const destination = resolveDestination(model, context, here);
    steps.push(...destination.steps);

    let region = spec.region ? firstResolvable(context, spec.region, "region", spec.scheme) : undefined;
    if (region) region = bindFactoryParameters(region, path, steps);
    if (region?.kind === "known") {
      const rendered = valuesOf(region)
        .map((r) => renderRegion(r, spec))
        .filter((r): r is string => r !== undefined);
      region = rendered.length > 0 ? knownValue(rendered, region.origin, region.overridable) : unknownValue("empty region", here);
    }
    if (!region && destination.value.kind === "known" && spec.cloud === "aws") {
      const fromArn = regionOfArn(destination.value.value);
      if (fromArn) region = knownValue([`aws:${fromArn}`], destination.value.origin);
    }
    const endpoint = spec.endpoint ? firstResolvable(context, spec.endpoint, "url", spec.scheme) : undefined;

    let value = bindFactoryParameters(destination.value, path, steps);
    let kind = destination.kind;
    let rendered: StaticValue | undefined;
    if (value.kind === "unknown" && value.reason === NO_DESTINATION) {
      // A regional service without an explicit resource goes to its endpoint, or else to its region.
      if (endpoint) {
        value = endpoint;
        kind = "url";
      } else if (region) {
        rendered = region;
      } else if (spec.cloud === "aws" && spec.region) {
        value = unknownValue("region not set in code (the SDK reads AWS_REGION at run time)", here);
      }
    }
    rendered ??= renderDestination(kind, value, spec, here);

    const payloads: ts.Expression[] = [];
    for (const selector of spec.payload) {
      for (const selected of selectAll(context, selector)) {
        const expression = selected.kind === "expression" ? selected.expression : selected.kind === "opaque" ? selected.expression : undefined;
        if (!expression) continue;
        for (const part of headerPayloads(ts, selector.property, expression, checker)) if (!payloads.includes(part)) payloads.push(part);
      }
    }
    // A write of an opened request (`req.end(body)`) is reported with the request, as one send.
    const opening = model.reportAt !== undefined ? bindings.calls[model.reportAt] : undefined;
    const sinkCall: SinkCall = { node, model: spec, destination: rendered, payloads, location: opening ? locationOf(opening) : here, steps };
    if (opening) sinkCall.opening = opening;
    if (region) sinkCall.region = region;
    if (endpoint) sinkCall.endpoint = endpoint;
    const cited = citedRecordOf(ts, opening ?? node);
    if (cited) sinkCall.citedRecord = cited;
    renderKinds.set(sinkCall, kind);
    return sinkCall;
  };

  /**
   * A client made by a project factory (`AxiosFactory.getAxiosInstance(url)`) is configured with the factory's
   * parameters: the factory call the client came out of supplies them.
   */
  const bindFactoryParameters = (value: StaticValue, path: ApiPath, steps: FlowStep[]): StaticValue => {
    let bound = value;
    for (const factory of path.factories ?? []) {
      if (bound.kind !== "parameter" || bound.func !== factory.func) continue;
      bound = evaluator.bindParameter(bound, factory.call);
      steps.push({ location: locationOf(factory.call), message: `${describeCallee(factory.call)} makes the client with destination ${describeShort(bound)}` });
    }
    return bound;
  };

  const configurationCallsOf = (modelId: string): readonly CallNode[] => {
    const model = modelById.get(modelId);
    return model ? configurationCalls.callsFor(model) : [];
  };

  // Asked for every file of the program on each state (remote analysis): a loop, no copies.
  const sameConfiguration = (configuration: ReadonlyMap<string, readonly CallNode[]>): boolean => {
    for (const [id, calls] of configuration) if (!sameCalls(configurationCallsOf(id), calls)) return false;
    return true;
  };

  const sinkCallsIn = (sourceFile: ts.SourceFile): readonly SinkCall[] => {
    // No model of the catalogue can match in this program (none of its packages is imported anywhere).
    // A generated API client's own code is modelled at its surface: its internals send nothing of their own.
    if (sourceFile.isDeclarationFile || compiled.length === 0 || generatedClientPackage(sourceFile)) return [];
    const reused = reuse?.get(sourceFile);
    if (reused && sameConfiguration(reused.configuration)) {
      for (const sink of reused.sinks) results.set(sink.node, sink);
      listedFiles.add(sourceFile);
      return reused.sinks;
    }
    const found: SinkCall[] = [];
    for (const fact of callFactsOf(ts, sourceFile).calls) {
      const sink = matchCall(fact.node);
      if (sink) found.push(sink);
    }
    listedFiles.add(sourceFile);
    if (reuse) {
      const configuration = new Map<string, readonly CallNode[]>();
      for (const sink of found) {
        const model = modelById.get(sink.model.id);
        if (model?.configuredBy) configuration.set(sink.model.id, configurationCalls.callsFor(model));
      }
      const configurationFiles = [...configuration.values()].flat().map((call) => call.getSourceFile());
      reuse.set(sourceFile, { sinks: found, configuration }, configurationFiles);
    }
    return found;
  };

  const bindDestination = (sink: SinkCall, value: ParameterValue, call: CallNode | undefined): StaticValue => {
    const bound = evaluator.bindParameter(value, call);
    const kind = renderKinds.get(sink) ?? sink.model.destinationKind;
    return renderDestination(kind, bound, sink.model, locationOf(call ?? value.func));
  };

  return { matchCall, sinkCallsIn, bindDestination, evaluator, problems };
}

function sameCalls(a: readonly CallNode[], b: readonly CallNode[]): boolean {
  return a.length === b.length && a.every((call, i) => call === b[i]);
}
