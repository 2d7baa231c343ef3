import type ts from "typescript";
import type { StaticValue } from "./static-value.js";
import { knownValue, unknownValue, valuesOf } from "./static-value.js";
import { locationOf } from "./source-location.js";
import type { DefinitionContext } from "./definitions.js";
import { literalTableValues } from "./literal-lookups.js";
import { applyStringMethod, methodArguments, STRING_METHODS } from "./string-methods.js";

const IDENTITY_METHODS = new Set(["toString", "valueOf", "toLowerCase", "toUpperCase", "trim"]);

/**
 * A library method on a value (`list.split(",")`, `hosts.get(region)`, `value.split(",").map(…)`):
 * lists split into their elements, lookups in literal tables, and values computed from an environment
 * read or a caller-supplied parameter stay that (each caller or the deployment decides). Undefined when
 * the method says nothing statically.
 */
export function receiverMethodValue(
  context: DefinitionContext,
  node: ts.CallExpression,
  callee: ts.PropertyAccessExpression | ts.ElementAccessExpression,
  evaluate: (expression: ts.Expression) => StaticValue,
): StaticValue | undefined {
  const { ts } = context;
  const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (method === "get" && node.arguments.length === 1) {
    const table = literalTableValues(context, callee.expression, evaluate);
    if (table) return table;
  }
  const receiver = evaluate(callee.expression);
  if (receiver.kind === "unknown") {
    return receiver.env !== undefined ? unknownValue(`computed from environment variable ${receiver.env}`, locationOf(node), receiver.env) : undefined;
  }
  if (receiver.kind === "parameter") {
    // `baseUrl.replace(/\/+$/, "")` on a caller's argument: computed when a caller supplies a known string.
    if (
      method !== undefined &&
      STRING_METHODS.has(method) &&
      !receiver.derived &&
      !receiver.next &&
      !receiver.openEnd &&
      receiver.prefix === "" &&
      receiver.suffix === ""
    ) {
      return { ...receiver, methods: [...(receiver.methods ?? []), { method, args: [...node.arguments] }] };
    }
    return { ...receiver, derived: true };
  }
  if (method !== undefined && STRING_METHODS.has(method)) {
    const args = methodArguments(ts, node.arguments, evaluate);
    const results = args && valuesOf(receiver).map((text) => applyStringMethod(text, method, args));
    return results?.every((r): r is string => r !== undefined) ? knownValue(results, receiver.origin, receiver.overridable) : undefined;
  }
  if (method === "split" && node.arguments.length === 1) {
    const separator = evaluate(node.arguments[0]!);
    if (separator.kind !== "known" || separator.alternatives) return undefined;
    const parts = valuesOf(receiver)
      .flatMap((text) => text.split(separator.value))
      .map((part) => part.trim())
      .filter((part) => part !== "");
    return parts.length > 0 ? knownValue(parts, receiver.origin, receiver.overridable) : undefined;
  }
  // Filtering keeps some of the values; mapping each to itself (trimmed, lower-cased) keeps them all.
  if (method === "filter" || (method === "map" && isElementIdentity(ts, node.arguments[0]))) return receiver;
  return undefined;
}

/** `(s) => s`, `(s) => s.trim()`: a callback that hands each element back (up to case and whitespace). */
function isElementIdentity(ts: DefinitionContext["ts"], callback: ts.Expression | undefined): boolean {
  if (!callback || (!ts.isArrowFunction(callback) && !ts.isFunctionExpression(callback))) return false;
  const parameter = callback.parameters[0];
  if (!parameter || !ts.isIdentifier(parameter.name) || callback.parameters.length > 1) return false;
  let body: ts.Node | undefined = callback.body;
  if (body && ts.isBlock(body)) {
    const only = body.statements.length === 1 ? body.statements[0] : undefined;
    body = only && ts.isReturnStatement(only) ? only.expression : undefined;
  }
  while (body && ts.isCallExpression(body) && ts.isPropertyAccessExpression(body.expression) && IDENTITY_METHODS.has(body.expression.name.text))
    body = body.expression.expression;
  return body !== undefined && ts.isIdentifier(body) && body.text === parameter.name.text;
}
