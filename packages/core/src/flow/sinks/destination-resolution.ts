import type ts from "typescript";
import type { ArgumentSelector, SinkDestinationKind } from "../../model/pack.js";
import type { FlowStep } from "../../model/finding.js";
import type { SourceLocation } from "../../model/location.js";
import type { TS } from "../values/typescript-module.js";
import type { StaticValue } from "../values/static-value.js";
import type { StaticEvaluator } from "../values/static-evaluator.js";
import { knownValue, unionValues, unknownValue } from "../values/static-value.js";
import { locationOf } from "../values/source-location.js";
import type { ApiPathResolver, CallNode } from "./api-path.js";
import type { CompiledSinkModel } from "./compiled-model.js";
import { matchPattern } from "./member-path.js";
import { evaluateSelected, selectOne, type SelectorContext } from "./selectors.js";
import { combineBaseAndPath } from "./base-url.js";
import { better, describeCallee, describeShort } from "./sink-descriptions.js";

interface ResolvedDestination {
  value: StaticValue;
  kind: SinkDestinationKind;
  steps: FlowStep[];
}

/** Reason of the destination of a call that names none (a regional client then goes to its endpoint or region). */
export const NO_DESTINATION = "no destination argument or option in this call";

export interface DestinationResolverContext {
  ts: TS;
  checker: ts.TypeChecker;
  evaluator: StaticEvaluator;
  resolver: ApiPathResolver;
  configurationCallsFor(model: CompiledSinkModel): CallNode[];
}

export interface DestinationResolver {
  /** The destination of a matched sink: its selectors, else the configuring call, joined with the base URL, else the SDK default. */
  resolveDestination(model: CompiledSinkModel, context: SelectorContext, here: SourceLocation): ResolvedDestination;
  /** The best value among selectors (known beats caller-supplied beats unknown; first wins among equals). */
  firstResolvable(context: SelectorContext, selectors: readonly ArgumentSelector[], kind: SinkDestinationKind, scheme?: string): StaticValue | undefined;
}

export function createDestinationResolver(resolution: DestinationResolverContext): DestinationResolver {
  const { ts, checker, evaluator, resolver } = resolution;

  const resolveDestination = (model: CompiledSinkModel, context: SelectorContext, here: SourceLocation): ResolvedDestination => {
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
    if (spec.base || model.configuredBy?.base) {
      // A configuring call (`client.setConfig({ baseUrl })`) runs after the client was created: it wins.
      const configured = model.configuredBy?.base ? configuredBase(model, here) : undefined;
      if (configured) steps.push(...configured.steps);
      const created = spec.base ? firstResolvable(context, spec.base, "url", spec.scheme) : undefined;
      const base = configured?.value.kind === "known" || !created ? (configured?.value ?? created) : created;
      if (base) {
        const baseCall = (spec.base ?? []).map((s) => s.call ?? (s.argument === -1 ? "receiver" : undefined)).find((c) => c !== undefined);
        value = combineBaseAndPath(base, value, here);
        kind = "url";
        if (baseCall)
          steps.push({ location: base.kind === "known" ? (base.origin[0] ?? here) : here, message: `base URL of the client: ${describeShort(base)}` });
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

  /** The base URL the configuring calls set (`configuredBy.base`), as `url`. */
  const configuredBase = (model: CompiledSinkModel, here: SourceLocation): ResolvedDestination | undefined =>
    configuredValue(model, here, model.configuredBy!.base, "base URL");

  const configuredValue = (
    model: CompiledSinkModel,
    here: SourceLocation,
    selectors = model.configuredBy!.destination,
    what = "destination",
  ): ResolvedDestination | undefined => {
    const spec = model.model;
    const calls = resolution.configurationCallsFor(model);
    if (calls.length === 0 || selectors.length === 0) return undefined;
    const values: StaticValue[] = [];
    const steps: FlowStep[] = [];
    let kind: SinkDestinationKind = spec.destinationKind;
    for (const call of calls) {
      const path = resolver.pathOfCall(call);
      const bound = path ? matchPattern(model.configuredBy!.pattern, path.steps) : undefined;
      const callContext: SelectorContext = { ts, checker, evaluator, compiled: model, bindings: { sink: call, calls: bound ?? [call] } };
      let best: StaticValue | undefined;
      for (const selector of selectors) {
        const candidate = evaluateSelected(callContext, selectOne(callContext, selector), selector.as ?? spec.destinationKind, spec.scheme);
        if (candidate && better(candidate, best)) {
          best = candidate;
          kind = selector.as ?? spec.destinationKind;
        }
      }
      steps.push({
        location: locationOf(call),
        message: `${describeCallee(call)} configures the ${spec.package} ${what}${best ? `: ${describeShort(best)}` : ""}`,
      });
      if (best) values.push(best);
    }
    if (values.length === 0)
      return spec.defaultDestination ? undefined : { value: unknownValue(`${describeCallee(calls[0]!)} sets no static destination`, here), kind, steps };
    return { value: unionValues(values, here), kind, steps };
  };

  const firstResolvable = (
    context: SelectorContext,
    selectors: readonly ArgumentSelector[],
    kind: SinkDestinationKind,
    scheme?: string,
  ): StaticValue | undefined => {
    let value: StaticValue | undefined;
    for (const selector of selectors) {
      const candidate = evaluateSelected(context, selectOne(context, selector), selector.as ?? kind, scheme);
      if (candidate && better(candidate, value)) value = candidate;
    }
    return value;
  };

  return { resolveDestination, firstResolvable };
}
