import type ts from "typescript";
import type { ArgumentSelector, SinkDestinationKind } from "../../model/pack.js";
import type { TS } from "../values/typescript-module.js";
import type { StaticEvaluator } from "../values/static-evaluator.js";
import type { StaticValue } from "../values/static-value.js";
import { concatValues, knownValue, unionValues, unknownValue } from "../values/static-value.js";
import { lookupPath, resolveDefinition } from "../values/definitions.js";
import { locationOf } from "../values/source-location.js";
import { functionOrFileAround, unwrapExpression } from "../values/expression-shapes.js";
import { runDeclaration } from "../values/function-returns.js";
import type { CallNode } from "./api-path.js";
import type { CompiledSinkModel } from "./compiled-model.js";
import { laterPropertyWrite } from "./later-property-writes.js";

/** The calls a matched sink model binds: one per call token of its pattern (the last is the sink), and the command. */
export interface CallBindings {
  sink: CallNode;
  calls: (CallNode | undefined)[];
  command?: CallNode;
}

/** What a selector points at: an expression, nothing (the property is visibly absent), or something not visible. */
export type Selected =
  { kind: "expression"; expression: ts.Expression } | { kind: "absent" } | { kind: "opaque"; value: StaticValue; expression?: ts.Expression };

export interface SelectorContext {
  ts: TS;
  checker: ts.TypeChecker;
  evaluator: StaticEvaluator;
  compiled: CompiledSinkModel;
  bindings: CallBindings;
}

/** Every expression a selector selects (`rest` selects several). */
export function selectAll(context: SelectorContext, selector: ArgumentSelector, single = false): Selected[] {
  const call = callOf(context, selector);
  if (!call)
    return [
      {
        kind: "opaque",
        value: unknownValue(
          `the ${describeCall(selector)} that configures this client is not visible (client created elsewhere)`,
          locationOf(context.bindings.sink),
        ),
      },
    ];
  const args = argumentsOf(context, call, selector, single);
  if (args.length === 0) return [{ kind: "absent" }];
  return args.map((argument) => selectInside(context, argument, selector.property ?? [], call));
}

export function selectOne(context: SelectorContext, selector: ArgumentSelector): Selected {
  return selectAll(context, selector, true)[0] ?? { kind: "absent" };
}

function selectInside(context: SelectorContext, argument: ts.Expression, path: readonly string[], call: CallNode): Selected {
  const lookup = lookupPath(context.evaluator.context, argument, path);
  if (lookup.kind === "found") return { kind: "expression", expression: lookup.expression };
  if (lookup.kind === "absent") {
    // Absent from the literal that declares the options, but written into them before the call.
    const written = path.length === 1 ? laterPropertyWrite(context.ts, context.checker, argument, path[0]!, call) : undefined;
    return written ? { kind: "expression", expression: written } : { kind: "absent" };
  }
  // A caller-supplied options object whose declared type has no such property (`{ uri; body }` for a selector of
  // `url`): the property is absent, and the model's next selector applies.
  if (lookup.definition.kind === "parameter" && path.length > 0 && typeLacksProperty(context, argument, path[0]!)) return { kind: "absent" };
  return { kind: "opaque", value: lookup.definition.value, expression: argument };
}

function typeLacksProperty(context: SelectorContext, argument: ts.Expression, key: string): boolean {
  const { ts, checker } = context;
  const type = checker.getTypeAtLocation(argument);
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown) || type.isUnion() || type.getStringIndexType()) return false;
  const properties = type.getProperties();
  return properties.length > 0 && !properties.some((p) => p.name === key);
}

function callOf(context: SelectorContext, selector: ArgumentSelector): CallNode | undefined {
  const { bindings, compiled } = context;
  if (selector.sibling !== undefined) return siblingCall(context.ts, context.checker, bindings.sink, selector.sibling);
  if (selector.call === undefined) return bindings.sink;
  if (selector.call === "command") return bindings.command;
  const index = compiled.callIndex.get(selector);
  return index === undefined ? undefined : bindings.calls[index];
}

function argumentsOf(context: SelectorContext, call: CallNode, selector: ArgumentSelector, single: boolean): ts.Expression[] {
  const { ts } = context;
  if (selector.argument === -1) {
    const callee = unwrapExpression(ts, call.expression);
    return ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee) ? [callee.expression] : [];
  }
  const args = call.arguments ?? [];
  if (selector.rest && !single) return args.slice(selector.argument).filter((a) => !ts.isSpreadElement(a));
  const argument = args[selector.argument];
  if (argument) return ts.isSpreadElement(argument) ? [] : [argument];
  // Left out: the parameter's default, when the called code is visible (`new VehiclesApi()` of a generated client).
  if (args.some((a) => ts.isSpreadElement(a))) return [];
  const fallback = runDeclaration(context.evaluator.context, call)?.parameters[selector.argument]?.initializer;
  return fallback ? [fallback] : [];
}

function describeCall(selector: ArgumentSelector): string {
  if (selector.sibling) return `${selector.sibling}() call`;
  return selector.call === undefined ? "call" : `${selector.call} call`;
}

/**
 * `xhr.open("POST", url)` for `xhr.send(body)`: the last call of `method` on
 * the same receiver before the sink in the same function (or the first after it).
 */
function siblingCall(ts: TS, checker: ts.TypeChecker, sink: CallNode, method: string): ts.CallExpression | undefined {
  const callee = unwrapExpression(ts, sink.expression);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const receiver = unwrapExpression(ts, callee.expression);
  const receiverSymbol = ts.isIdentifier(receiver) ? checker.getSymbolAtLocation(receiver) : undefined;
  const receiverText = receiver.getText();
  let scope = functionOrFileAround(ts, sink);
  if (ts.isFunctionLike(scope) && ts.isIdentifier(receiver)) {
    // The receiver may be declared outside the function (module-level xhr): search the file.
    const declaration = receiverSymbol?.declarations?.[0];
    if (declaration && !isInside(declaration, scope)) scope = sink.getSourceFile();
  }
  let before: ts.CallExpression | undefined;
  let after: ts.CallExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node !== sink) {
      const target = unwrapExpression(ts, node.expression);
      if (ts.isPropertyAccessExpression(target) && target.name.text === method) {
        const owner = unwrapExpression(ts, target.expression);
        const same = receiverSymbol ? ts.isIdentifier(owner) && checker.getSymbolAtLocation(owner) === receiverSymbol : owner.getText() === receiverText;
        if (same) {
          if (node.getStart() < sink.getStart()) before = node;
          else after ??= node;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return before ?? after;
}

function isInside(node: ts.Node, container: ts.Node): boolean {
  return node.pos >= container.pos && node.end <= container.end && node.getSourceFile() === container.getSourceFile();
}

/**
 * The value a destination-like selector yields, read as `kind`; undefined when
 * visibly absent. Broker lists and request option objects are read structurally.
 */
export function evaluateSelected(context: SelectorContext, selected: Selected, kind: SinkDestinationKind, defaultScheme?: string): StaticValue | undefined {
  if (selected.kind === "absent") return undefined;
  if (selected.kind === "opaque") return selected.value;
  const { ts, evaluator } = context;
  const expression = selected.expression;
  if (kind === "brokers") {
    const definition = resolveDefinition(evaluator.context, expression);
    if (definition.kind === "expression" && ts.isArrayLiteralExpression(definition.expression)) {
      const elements = definition.expression.elements.filter((e) => !ts.isSpreadElement(e));
      if (elements.length === 0) return unknownValue("empty broker list", locationOf(expression));
      return unionValues(
        elements.map((e) => evaluator.evaluate(e)),
        locationOf(expression),
      );
    }
    return splitList(evaluator.evaluate(expression));
  }
  if (kind === "request-options") {
    const definition = resolveDefinition(evaluator.context, expression);
    if (definition.kind === "expression" && ts.isObjectLiteralExpression(definition.expression)) {
      return requestOptionsUrl(context, definition.expression, defaultScheme ?? "https");
    }
  }
  return evaluator.evaluate(expression);
}

/** `"a:9092,b:9092"` → alternatives. */
function splitList(value: StaticValue): StaticValue {
  if (value.kind !== "known" || !value.value.includes(",")) return value;
  return knownValue(
    value.value
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    value.origin,
    value.overridable,
  );
}

/** Node `http.request({ protocol, hostname | host, port, path })` → URL; Node defaults the host to localhost. */
function requestOptionsUrl(context: SelectorContext, options: ts.ObjectLiteralExpression, defaultScheme: string): StaticValue {
  const { evaluator } = context;
  const here = locationOf(options);
  const read = (name: string): StaticValue | undefined => evaluator.evaluatePath(options, [name]);
  const url = read("url") ?? read("origin");
  if (url) return url;
  const protocol = read("protocol") ?? knownValue([defaultScheme + ":"], []);
  const host = read("hostname") ?? read("host") ?? knownValue(["localhost"], [here]);
  const port = read("port");
  const path = read("path") ?? read("pathname");
  const normalizedProtocol = protocol.kind === "known" ? knownValue([protocol.value.replace(/:?$/, ":")], protocol.origin) : protocol;
  const parts: StaticValue[] = [normalizedProtocol, knownValue(["//"], []), host];
  if (port) parts.push(knownValue([":"], []), port);
  if (path) parts.push(path);
  return concatValues(parts, here);
}
