import type ts from "typescript";
import type { FlowStep } from "../../model/finding.js";
import type { ParameterValue, StaticValue } from "../values/static-value.js";
import { unionValues } from "../values/static-value.js";
import { locationOf } from "../values/source-location.js";
import { resolveDestinationAtCall } from "./destination-at-call.js";
import type { EngineContext } from "./engine-context.js";
import type { SinkCallLike } from "./flow-types.js";
import { resolveCallee } from "./resolve-callee.js";

type CallNode = ts.CallExpression | ts.NewExpression;

/*
 * Destinations held as instance state: a client class keeps the base URL its
 * constructor was given (`this.baseUrl = baseUrl`, `this.http = axios.create({ baseURL })`),
 * possibly in a base class in another file, and sends from its methods. The
 * destination of such a send is a parameter of a constructor; it is decided
 * where the instance is built: the `new` of the receiver when the call shows
 * it, through the `super(…)` calls of subclasses, or else by every construction
 * of the class in the program (an SDK method called on an instance passed around).
 */

const MAX_SUPER_CALLS = 8;
const MAX_SUPPLIER_LEVELS = 4;

/**
 * The destination of `sink` for the instance `construction` builds, when `parameter` belongs to the
 * constructor that construction runs or to a base class constructor it reaches through `super(…)`.
 */
export function bindAtConstruction(
  ctx: EngineContext,
  sink: SinkCallLike,
  parameter: ParameterValue,
  construction: ts.NewExpression,
): { value: StaticValue; steps: FlowStep[] } | undefined {
  const calls: CallNode[] = [construction];
  let ctor = resolveCallee(ctx, construction);
  while (ctor && ctor !== parameter.func) {
    if (!ctx.ts.isConstructorDeclaration(ctor) || calls.length > MAX_SUPER_CALLS) return undefined;
    const superCall = superCallIn(ctx.ts, ctor);
    if (!superCall) return undefined;
    calls.push(superCall);
    ctor = resolveCallee(ctx, superCall);
  }
  if (!ctor) return undefined;
  // Innermost first: the base constructor's parameter as its subclass passes it, then that subclass's parameter…
  let value: StaticValue = parameter;
  const steps: FlowStep[] = [];
  for (let i = calls.length - 1; i >= 0 && value.kind === "parameter"; i--) {
    const call = calls[i]!;
    if (resolveCallee(ctx, call) !== value.func) break;
    const resolved = resolveDestinationAtCall(ctx, sink, value, call);
    value = resolved.value;
    steps.unshift(resolved.step);
  }
  return { value, steps };
}

/**
 * A constructor parameter destination no call pairs with an instance: every place the program builds the
 * class supplies one alternative (an instance handed around may be any of them); none, the parameter's
 * default. Undefined for other parameters (a caller-supplied destination stays the caller's).
 */
export function destinationOfAnyInstance(
  ctx: EngineContext,
  sink: SinkCallLike,
  parameter: ParameterValue,
  suppliers: (func: ts.SignatureDeclaration) => readonly CallNode[],
): { value: StaticValue; steps: FlowStep[] } | undefined {
  if (!ctx.ts.isConstructorDeclaration(parameter.func)) return undefined;
  return fromSuppliers(ctx, sink, parameter, suppliers, 0);
}

function fromSuppliers(
  ctx: EngineContext,
  sink: SinkCallLike,
  parameter: ParameterValue,
  suppliers: (func: ts.SignatureDeclaration) => readonly CallNode[],
  level: number,
): { value: StaticValue; steps: FlowStep[] } {
  const sites = level < MAX_SUPPLIER_LEVELS ? suppliers(parameter.func) : [];
  if (sites.length === 0) {
    const value = ctx.bindParameter(sink, parameter, undefined);
    const configured = value.kind === "unknown" ? ctx.configuredDefault?.(parameter) : undefined;
    if (configured) return { value: configured.value, steps: [configured.step] };
    const name = parameter.func.parameters[parameter.index]?.name.getText() ?? `#${parameter.index}`;
    return { value, steps: [{ location: locationOf(parameter.func), message: `no code in the scan builds this client: the default of ${name} decides` }] };
  }
  const values: StaticValue[] = [];
  const steps: FlowStep[] = [];
  for (const site of sites) {
    const resolved = resolveDestinationAtCall(ctx, sink, parameter, site);
    let value = resolved.value;
    steps.push(resolved.step);
    if (value.kind === "parameter") {
      const outer = fromSuppliers(ctx, sink, value, suppliers, level + 1);
      value = outer.value;
      steps.push(...outer.steps.slice(0, 2));
    }
    values.push(value);
  }
  return { value: unionValues(values, locationOf(sites[0]!)), steps: steps.slice(0, 4) };
}

/** The `super(…)` call of a constructor (a statement of its body). */
function superCallIn(ts: typeof import("typescript"), ctor: ts.ConstructorDeclaration): ts.CallExpression | undefined {
  for (const statement of ctor.body?.statements ?? []) {
    if (!ts.isExpressionStatement(statement)) continue;
    const expression = statement.expression;
    if (ts.isCallExpression(expression) && expression.expression.kind === ts.SyntaxKind.SuperKeyword) return expression;
  }
  return undefined;
}
