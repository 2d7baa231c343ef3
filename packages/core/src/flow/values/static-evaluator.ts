import type ts from "typescript";
import type { TS } from "./typescript-module.js";
import type { ParameterValue, StaticValue } from "./static-value.js";
import { concatValues, knownValue, mapKnown, unionValues, unknownValue, valuesOf } from "./static-value.js";
import { locationOf } from "./source-location.js";
import { environmentVariableRead, isEvaluableFunction, returnedExpressions, unwrapExpression } from "./expression-shapes.js";
import { lookupPath, resolveDefinition, type DefinitionContext } from "./definitions.js";
import { isUrlProperty, resolveUrl, urlProperty } from "./url-values.js";

export interface StaticEvaluator {
  readonly context: DefinitionContext;
  /** The string value of an expression. */
  evaluate(expression: ts.Expression): StaticValue;
  /** The value at `path` inside an object expression; undefined when the object visibly lacks the property. */
  evaluatePath(expression: ts.Expression, path: readonly string[]): StaticValue | undefined;
  /** A parameter value as seen from one call site: the caller's argument, wrapped in the callee's prefix/suffix. */
  bindParameter(value: ParameterValue, call: ts.CallExpression | ts.NewExpression): StaticValue;
}

const MAX_DEPTH = 40;
const IDENTITY_METHODS = new Set(["toString", "valueOf", "toLowerCase", "toUpperCase", "trim"]);
const ENCODERS = new Set(["encodeURIComponent", "encodeURI", "String"]);

/** One evaluator per program/checker: results are cached per node. */
export function createStaticEvaluator(ts: TS, checker: ts.TypeChecker): StaticEvaluator {
  const context: DefinitionContext = { ts, checker };
  const cache = new Map<ts.Node, StaticValue>();
  const inProgress = new Set<ts.Node>();

  const evaluate = (expression: ts.Expression, depth: number): StaticValue => {
    const node = unwrapExpression(ts, expression);
    const cached = cache.get(node);
    if (cached) return cached;
    if (inProgress.has(node)) return unknownValue("circular definition", locationOf(node));
    if (depth > MAX_DEPTH) return unknownValue("value defined through too many steps", locationOf(node));
    inProgress.add(node);
    try {
      const value = evaluateUncached(node, depth);
      cache.set(node, value);
      return value;
    } finally {
      inProgress.delete(node);
    }
  };

  const evaluateUncached = (node: ts.Expression, depth: number): StaticValue => {
    const here = locationOf(node);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return knownValue([node.text], [here]);
    if (ts.isNumericLiteral(node)) return knownValue([String(Number(node.text))], [here]);
    if (ts.isTemplateExpression(node)) {
      const parts: StaticValue[] = [knownValue([node.head.text], [])];
      for (const span of node.templateSpans) {
        parts.push(evaluate(span.expression, depth + 1), knownValue([span.literal.text], []));
      }
      return withOrigin(concatValues(parts, here), here);
    }
    if (ts.isBinaryExpression(node)) return evaluateBinary(node, depth);
    if (ts.isConditionalExpression(node)) {
      return unionValues([evaluate(node.whenTrue, depth + 1), evaluate(node.whenFalse, depth + 1)], here);
    }
    if (ts.isAwaitExpression(node)) return evaluate(node.expression, depth + 1);
    if (ts.isNewExpression(node)) return evaluateNew(node, depth);
    if (ts.isCallExpression(node)) return evaluateCall(node, depth);
    if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      return evaluateReference(node, depth);
    }
    return unknownValue(`${ts.SyntaxKind[node.kind]} is not a static string`, here);
  };

  const evaluateBinary = (node: ts.BinaryExpression, depth: number): StaticValue => {
    const here = locationOf(node);
    const operator = node.operatorToken.kind;
    if (operator === ts.SyntaxKind.PlusToken) {
      return concatValues([evaluate(node.left, depth + 1), evaluate(node.right, depth + 1)], here);
    }
    if (operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken) {
      const env = environmentVariableRead(ts, node.left);
      if (env !== undefined) {
        // The default is what ships; the environment may replace it at run time.
        const fallback = evaluate(node.right, depth + 1);
        if (fallback.kind === "known") return { ...fallback, overridable: { env } };
        if (fallback.kind === "unknown") return unknownValue(`environment variable ${env} with a default that is not static (${fallback.reason})`, here);
        return fallback;
      }
      const left = evaluate(node.left, depth + 1);
      if (left.kind === "known" && !(operator === ts.SyntaxKind.BarBarToken && left.value === "")) return left;
      if (left.kind === "known") return evaluate(node.right, depth + 1);
      return left;
    }
    return unknownValue(`operator ${node.operatorToken.getText()} does not yield a static string`, here);
  };

  const evaluateReference = (node: ts.Identifier | ts.PropertyAccessExpression | ts.ElementAccessExpression, depth: number): StaticValue => {
    const here = locationOf(node);
    const env = environmentVariableRead(ts, node);
    if (env !== undefined) return unknownValue(`environment variable ${env} has no default in code`, here);
    if (!ts.isIdentifier(node)) {
      const constant = checker.getConstantValue(node);
      if (constant !== undefined) return knownValue([String(constant)], [here]);
      const member = ts.isPropertyAccessExpression(node) ? node.name.text : undefined;
      if (member !== undefined && isUrlProperty(member)) {
        const url = urlObjectValue(node.expression, depth);
        if (url) return mapKnownOrUnknown(url, (href) => urlProperty(href, member), `.${member} of an invalid URL`, here);
      }
    }
    const definition = resolveDefinition(context, node);
    switch (definition.kind) {
      case "expression":
        return definition.expression === node
          ? unknownValue(`${node.getText()} is not statically known`, here)
          : evaluate(definition.expression, depth + 1);
      case "parameter":
      case "unknown":
        return definition.value;
      case "declaration": {
        const declaration = definition.declaration;
        if (ts.isEnumMember(declaration)) {
          const constant = checker.getConstantValue(declaration);
          if (constant !== undefined) return knownValue([String(constant)], [locationOf(declaration)]);
        }
        return unknownValue(`${node.getText()} refers to a ${ts.SyntaxKind[declaration.kind]}`, here);
      }
    }
  };

  /** The href of a `new URL(…)` that `expression` refers to, or undefined when it is not a URL object. */
  const urlObjectValue = (expression: ts.Expression, depth: number): StaticValue | undefined => {
    const definition = resolveDefinition(context, expression);
    if (definition.kind !== "expression") return undefined;
    const target = definition.expression;
    if (ts.isNewExpression(target) && ts.isIdentifier(target.expression) && target.expression.text === "URL") return evaluate(target, depth + 1);
    return undefined;
  };

  const evaluateNew = (node: ts.NewExpression, depth: number): StaticValue => {
    const here = locationOf(node);
    const [first, second] = node.arguments ?? [];
    if (!ts.isIdentifier(node.expression) || node.expression.text !== "URL" || !first) {
      return unknownValue(`new ${node.expression.getText()}(…) is not a static string`, here);
    }
    const path = evaluate(first, depth + 1);
    if (!second) return mapKnownOrUnknown(path, (p) => resolveUrl(p), "invalid URL", here);
    const base = evaluate(second, depth + 1);
    if (base.kind === "unknown") return base;
    if (path.kind === "unknown") return path;
    if (base.kind === "parameter") return base; // the caller's base decides the host; the path does not
    if (path.kind === "parameter") {
      const prefix = resolveUrl(path.prefix === "" ? "." : path.prefix, base.value);
      return prefix === undefined ? unknownValue("invalid URL base", here) : { ...path, prefix };
    }
    const resolved: string[] = [];
    for (const b of valuesOf(base)) for (const p of valuesOf(path)) {
      const href = resolveUrl(p, b);
      if (href === undefined) return unknownValue(`invalid URL ${p} against ${b}`, here);
      resolved.push(href);
    }
    return knownValue(resolved, [...path.origin, ...base.origin], base.overridable ?? path.overridable);
  };

  const evaluateCall = (node: ts.CallExpression, depth: number): StaticValue => {
    const here = locationOf(node);
    const callee = unwrapExpression(ts, node.expression);
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      if (IDENTITY_METHODS.has(method) && node.arguments.length === 0) {
        const inner = evaluate(callee.expression, depth + 1);
        if (method === "toLowerCase") return mapKnown(inner, (s) => s.toLowerCase());
        if (method === "toUpperCase") return mapKnown(inner, (s) => s.toUpperCase());
        if (method === "trim") return mapKnown(inner, (s) => s.trim());
        return inner;
      }
      if (method === "concat") {
        return concatValues([callee.expression, ...node.arguments].map((e) => evaluate(e, depth + 1)), here);
      }
      if (method === "join" && ts.isArrayLiteralExpression(unwrapExpression(ts, callee.expression))) {
        const array = unwrapExpression(ts, callee.expression) as ts.ArrayLiteralExpression;
        const separator = node.arguments[0] ? evaluate(node.arguments[0], depth + 1) : knownValue([","], []);
        const parts: StaticValue[] = [];
        array.elements.forEach((element, index) => {
          if (index > 0) parts.push(separator);
          parts.push(evaluate(element, depth + 1));
        });
        return concatValues(parts, here);
      }
    }
    if (ts.isIdentifier(callee) && ENCODERS.has(callee.text) && node.arguments[0]) {
      const inner = evaluate(node.arguments[0], depth + 1);
      return callee.text === "String" ? inner : mapKnown(inner, callee.text === "encodeURI" ? encodeURI : encodeURIComponent);
    }
    return evaluateProjectFunctionCall(node, depth);
  };

  /** A call of a function in the program (`getBaseUrl()`, `withBase(path)`): its returns, seen from this call. */
  const evaluateProjectFunctionCall = (node: ts.CallExpression, depth: number): StaticValue => {
    const here = locationOf(node);
    const definition = resolveDefinition(context, node.expression);
    let func: ts.Node | undefined;
    if (definition.kind === "expression") func = definition.expression;
    else if (definition.kind === "declaration") func = definition.declaration;
    else return definition.value.kind === "unknown" ? definition.value : unknownValue(`${node.expression.getText()} is a caller-supplied function`, here);
    if (!func || !isEvaluableFunction(ts, func) || func.getSourceFile().isDeclarationFile) {
      return unknownValue(`result of ${node.expression.getText()}(…) is not statically known`, here);
    }
    const returned = returnedExpressions(ts, func);
    if (returned.length === 0) return unknownValue(`${node.expression.getText()} returns no value`, here);
    const values = returned.map((expression) => {
      const value = evaluate(expression, depth + 1);
      return value.kind === "parameter" && value.func === func ? bindParameter(value, node, depth + 1) : value;
    });
    return unionValues(values, here);
  };

  const bindParameter = (value: ParameterValue, call: ts.CallExpression | ts.NewExpression, depth: number): StaticValue => {
    const parameter = value.func.parameters[value.index];
    const argument = call.arguments?.[value.index] ?? parameter?.initializer;
    const here = locationOf(call);
    if (!argument) return unknownValue(`no argument for parameter ${parameter?.name.getText() ?? String(value.index)}`, here);
    const inner = value.propertyPath.length === 0 ? evaluate(argument, depth + 1) : evaluatePathAt(argument, value.propertyPath, depth + 1);
    if (!inner) return unknownValue(`argument has no property ${value.propertyPath.join(".")}`, locationOf(argument));
    const parts = [knownValue([value.prefix], []), inner, knownValue([value.suffix], [])];
    // `base + path`: each further caller-supplied part is bound at the same call.
    if (value.next) parts.push(bindParameter(value.next, call, depth + 1));
    return concatValues(parts, here);
  };

  const evaluatePathAt = (expression: ts.Expression, path: readonly string[], depth: number): StaticValue | undefined => {
    const lookup = lookupPath(context, expression, path);
    if (lookup.kind === "absent") return undefined;
    if (lookup.kind === "opaque") return lookup.definition.value;
    return evaluate(lookup.expression, depth);
  };

  return {
    context,
    evaluate: (expression) => evaluate(expression, 0),
    evaluatePath: (expression, path) => evaluatePathAt(expression, path, 0),
    bindParameter: (value, call) => bindParameter(value, call, 0),
  };
}

function withOrigin(value: StaticValue, location: ReturnType<typeof locationOf>): StaticValue {
  return value.kind === "known" && value.origin.length === 0 ? { ...value, origin: [location] } : value;
}

function mapKnownOrUnknown(value: StaticValue, transform: (text: string) => string | undefined, failure: string, location: ReturnType<typeof locationOf>): StaticValue {
  if (value.kind !== "known") return value;
  const mapped: string[] = [];
  for (const text of valuesOf(value)) {
    const result = transform(text);
    if (result === undefined) return unknownValue(`${failure}: ${text}`, location);
    mapped.push(result);
  }
  return knownValue(mapped, value.origin, value.overridable);
}
