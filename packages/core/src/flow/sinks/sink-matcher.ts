import type ts from "typescript";
import type { RulePack, SinkDestinationKind, ArgumentSelector } from "../../model/pack.js";
import type { FlowStep } from "../../model/finding.js";
import type { TS } from "../values/typescript-module.js";
import type { ParameterValue, StaticValue } from "../values/static-value.js";
import { knownValue, unknownValue, unionValues, valuesOf } from "../values/static-value.js";
import { createStaticEvaluator, type StaticEvaluator } from "../values/static-evaluator.js";
import { locationOf } from "../values/source-location.js";
import { accessedMemberName, unwrapExpression } from "../values/expression-shapes.js";
import { createApiPathResolver, type ApiPath, type CallNode } from "./api-path.js";
import { compileSinkModel, type CompiledSinkModel } from "./compiled-model.js";
import { finalNames, matchPattern } from "./member-path.js";
import { evaluateSelected, selectAll, selectOne, type CallBindings, type SelectorContext } from "./selectors.js";
import { regionOfArn, renderDestination, renderRegion } from "./destination-render.js";
import { combineBaseAndPath } from "./base-url.js";
import { createConfigurationCallIndex } from "./configuration-calls.js";
import { citedRecordOf } from "./citation.js";
import { createImportIndex } from "./module-imports.js";
import { better, describeCallee, describeShort } from "./sink-descriptions.js";
import type { SinkCall } from "./sink-call.js";

export interface SinkMatcher {
  /** The sink a call or `new` is, with its destination resolved; undefined when it sends nothing anywhere. */
  matchCall(node: ts.CallExpression | ts.NewExpression): SinkCall | undefined;
  /** Every sink call in a file, in source order. */
  sinkCallsIn(sourceFile: ts.SourceFile): SinkCall[];
  /**
   * The destination of `sink` as supplied at one call of the function whose parameter it is (a shared
   * `postJson(url, body)` called with a foreign URL). The result may again be a parameter (of the caller).
   */
  bindDestination(sink: SinkCall, value: ParameterValue, call: ts.CallExpression | ts.NewExpression): StaticValue;
  /** The string evaluator the matcher uses (shared cache). */
  readonly evaluator: StaticEvaluator;
  /** Models that could not be compiled (bad member path or selector); they never match. */
  readonly problems: readonly { model: string; message: string }[];
}

interface ResolvedDestination {
  value: StaticValue;
  kind: SinkDestinationKind;
  steps: FlowStep[];
}

/**
 * Recognises sink calls of the rule pack's catalogue in a program. Works with
 * any copy of TypeScript (`ts` is injected) and any program (ts-morph's in the
 * CLI, typescript-eslint's in the plugin).
 */
export function createSinkMatcher(ts: TS, program: ts.Program, pack: Pick<RulePack, "sinks">): SinkMatcher {
  const checker = program.getTypeChecker();
  const evaluator = createStaticEvaluator(ts, checker);
  const problems: { model: string; message: string }[] = [];
  const all: CompiledSinkModel[] = [];
  for (const model of pack.sinks) {
    const result = compileSinkModel(model);
    if (result.ok) all.push(result.compiled);
    else for (const message of result.problems) problems.push({ model: model.id, message });
  }
  // Only models of packages the program imports can match (globals always can).
  const importsOf = createImportIndex(ts);
  const imported = new Set<string>();
  for (const sourceFile of program.getSourceFiles()) {
    if (!sourceFile.isDeclarationFile) for (const name of importsOf(sourceFile)) imported.add(name);
  }
  const compiled = all.filter((m) => m.model.package === "global" || [...imported].some((name) => m.matchesPackage(name)));
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
  const byFinalName = new Map<string, CompiledSinkModel[]>();
  const anyFinalName: CompiledSinkModel[] = [];
  for (const model of compiled) {
    const names = finalNames(model.pattern);
    if (names === "*") anyFinalName.push(model);
    else for (const name of names) byFinalName.set(name, [...(byFinalName.get(name) ?? []), model]);
  }
  const order = new Map(compiled.map((m, i) => [m, i]));
  const configurationCalls = createConfigurationCallIndex(ts, program, resolver, compiled);
  const renderKinds = new WeakMap<SinkCall, SinkDestinationKind>();
  const results = new Map<ts.Node, SinkCall | null>();

  const candidatesFor = (node: CallNode): CompiledSinkModel[] => {
    const name = accessedMemberName(ts, unwrapExpression(ts, node.expression));
    if (name === undefined) return compiled; // `fetch(…)`, `api(…)`, `new Upload(…)`: decided by the resolved path
    const named = byFinalName.get(name) ?? [];
    if (anyFinalName.length === 0) return named;
    return [...named, ...anyFinalName].sort((a, b) => order.get(a)! - order.get(b)!);
  };

  const matchCall = (node: CallNode): SinkCall | undefined => {
    const cached = results.get(node);
    if (cached !== undefined) return cached ?? undefined;
    let result: SinkCall | undefined;
    const candidates = candidatesFor(node);
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

  const bind = (model: CompiledSinkModel, path: ApiPath, node: CallNode): CallBindings | undefined => {
    if (!model.matchesPackage(path.package)) return undefined;
    const calls = matchPattern(model.pattern, path.steps);
    if (!calls) return undefined;
    const bindings: CallBindings = { sink: node, calls };
    if (model.command) {
      const argument = node.arguments?.[model.command.argument];
      const commandPath = argument ? resolver.pathOf(argument) : undefined;
      if (!commandPath || !model.matchesPackage(commandPath.package)) return undefined;
      const commandCalls = matchPattern(model.command.pattern, commandPath.steps);
      if (!commandCalls) return undefined;
      const commandNode = commandCalls[commandCalls.length - 1];
      if (commandNode) bindings.command = commandNode;
    }
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
    if (region?.kind === "known") {
      const rendered = valuesOf(region).map((r) => renderRegion(r, spec)).filter((r): r is string => r !== undefined);
      region = rendered.length > 0 ? knownValue(rendered, region.origin, region.overridable) : unknownValue("empty region", here);
    }
    if (!region && destination.value.kind === "known" && spec.cloud === "aws") {
      const fromArn = regionOfArn(destination.value.value);
      if (fromArn) region = knownValue([`aws:${fromArn}`], destination.value.origin);
    }
    const endpoint = spec.endpoint ? firstResolvable(context, spec.endpoint, "url", spec.scheme) : undefined;

    let value = destination.value;
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
        if (expression && !payloads.includes(expression)) payloads.push(expression);
      }
    }
    const sinkCall: SinkCall = { node, model: spec, destination: rendered, payloads, location: here, steps };
    if (region) sinkCall.region = region;
    if (endpoint) sinkCall.endpoint = endpoint;
    const cited = citedRecordOf(ts, node);
    if (cited) sinkCall.citedRecord = cited;
    renderKinds.set(sinkCall, kind);
    return sinkCall;
  };

  const resolveDestination = (model: CompiledSinkModel, context: SelectorContext, here: ReturnType<typeof locationOf>): ResolvedDestination => {
    const spec = model.model;
    const steps: FlowStep[] = [];
    let kind: SinkDestinationKind = spec.destinationKind;
    let value: StaticValue | undefined;
    for (const selector of spec.destination) {
      const candidate = evaluateSelected(context, selectOne(context, selector), selector.as ?? spec.destinationKind, spec.scheme);
      if (candidate && better(candidate, value)) {
        value = candidate;
        kind = selector.as ?? spec.destinationKind;
      }
    }
    if (!value && model.configuredBy) {
      const configured = configuredValue(model, here);
      if (configured) {
        value = configured.value;
        kind = configured.kind;
        steps.push(...configured.steps);
      }
    }
    if (spec.base) {
      const base = firstResolvable(context, spec.base, "url", spec.scheme);
      if (base) {
        const baseCall = spec.base.map((s) => s.call).find((c) => c !== undefined);
        value = combineBaseAndPath(base, value, here);
        kind = "url";
        if (baseCall) steps.push({ location: base.kind === "known" ? base.origin[0] ?? here : here, message: `base URL of the client: ${describeShort(base)}` });
      }
    }
    if (!value && spec.defaultDestination) {
      value = knownValue([spec.defaultDestination], [], spec.environment ? { env: spec.environment } : undefined);
      kind = "url";
      steps.push({ location: here, message: `no destination configured in code: ${spec.package} sends to its default ${spec.defaultDestination}` });
    }
    if (value?.kind === "known") {
      const seen = new Set([here, ...steps.map((s) => s.location)].map((l) => `${l.file}:${l.line}`));
      for (const origin of value.origin) {
        const key = `${origin.file}:${origin.line}`;
        if (seen.has(key)) continue;
        seen.add(key);
        steps.push({ location: origin, message: `destination value written here: ${describeShort(value)}` });
      }
    }
    return { value: value ?? unknownValue(NO_DESTINATION, here), kind, steps };
  };

  const configuredValue = (model: CompiledSinkModel, here: ReturnType<typeof locationOf>): ResolvedDestination | undefined => {
    const spec = model.model;
    const calls = configurationCalls.callsFor(model);
    if (calls.length === 0) return undefined;
    const values: StaticValue[] = [];
    const steps: FlowStep[] = [];
    let kind: SinkDestinationKind = spec.destinationKind;
    for (const call of calls) {
      const path = resolver.pathOfCall(call);
      const calls2 = path ? matchPattern(model.configuredBy!.pattern, path.steps) : undefined;
      const context: SelectorContext = { ts, checker, evaluator, compiled: model, bindings: { sink: call, calls: calls2 ?? [call] } };
      let best: StaticValue | undefined;
      for (const selector of model.configuredBy!.destination) {
        const candidate = evaluateSelected(context, selectOne(context, selector), selector.as ?? spec.destinationKind, spec.scheme);
        if (candidate && better(candidate, best)) {
          best = candidate;
          kind = selector.as ?? spec.destinationKind;
        }
      }
      steps.push({ location: locationOf(call), message: `${describeCallee(call)} configures the ${spec.package} destination${best ? `: ${describeShort(best)}` : ""}` });
      if (best) values.push(best);
    }
    if (values.length === 0) return spec.defaultDestination ? undefined : { value: unknownValue(`${describeCallee(calls[0]!)} sets no static destination`, here), kind, steps };
    return { value: unionValues(values, here), kind, steps };
  };

  const firstResolvable = (context: SelectorContext, selectors: readonly ArgumentSelector[], kind: SinkDestinationKind, scheme?: string): StaticValue | undefined => {
    let value: StaticValue | undefined;
    for (const selector of selectors) {
      const candidate = evaluateSelected(context, selectOne(context, selector), selector.as ?? kind, scheme);
      if (candidate && better(candidate, value)) value = candidate;
    }
    return value;
  };

  const sinkCallsIn = (sourceFile: ts.SourceFile): SinkCall[] => {
    const found: SinkCall[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const sink = matchCall(node);
        if (sink) found.push(sink);
      }
      ts.forEachChild(node, visit);
    };
    if (!sourceFile.isDeclarationFile) visit(sourceFile);
    return found;
  };

  const bindDestination = (sink: SinkCall, value: ParameterValue, call: CallNode): StaticValue => {
    const bound = evaluator.bindParameter(value, call);
    const kind = renderKinds.get(sink) ?? sink.model.destinationKind;
    return renderDestination(kind, bound, sink.model, locationOf(call));
  };

  return { matchCall, sinkCallsIn, bindDestination, evaluator, problems };
}

const NO_DESTINATION = "no destination argument or option in this call";
