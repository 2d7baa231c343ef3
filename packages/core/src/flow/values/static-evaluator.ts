import type ts from "typescript";
import type { TS } from "./typescript-module.js";
import type { ParameterValue, StaticValue } from "./static-value.js";
import { concatValues, environmentValue, knownValue, mapKnown, unionValues, unknownValue, valuesOf } from "./static-value.js";
import { locationOf } from "./source-location.js";
import { unwrapExpression } from "./expression-shapes.js";
import { lookupPath, resolveDefinition, type DefinitionContext } from "./definitions.js";
import { isUrlProperty, resolveUrl, urlProperty } from "./url-values.js";
import { environmentReadOf, isEnvironmentObject } from "./environment.js";
import { valueDeclarationOf } from "./declarations.js";
import { arrayElementValues, literalTableValues } from "./literal-lookups.js";
import { calledFunction, returnedValue } from "./function-returns.js";
import { receiverMethodValue } from "./receiver-methods.js";
import { applyMethods, joinToBase } from "./parameter-binding.js";

export interface StaticEvaluator {
  readonly context: DefinitionContext;
  /** The string value of an expression. */
  evaluate(expression: ts.Expression): StaticValue;
  /** The value at `path` inside an object expression; undefined when the object visibly lacks the property. */
  evaluatePath(expression: ts.Expression, path: readonly string[]): StaticValue | undefined;
  /**
   * A parameter value as seen from one call site: the caller's argument, wrapped in the callee's prefix/suffix.
   * Without a call, the parameter's default value (a function nobody in the program calls).
   */
  bindParameter(value: ParameterValue, call: ts.CallExpression | ts.NewExpression | undefined): StaticValue;
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
    if (ts.isArrayLiteralExpression(node)) return arrayElementValues(context, node, (e) => evaluate(e, depth + 1));
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
    // `options && options.baseUrl`: the value when the guard holds (a failing guard is falsy, which a `||` replaces).
    if (operator === ts.SyntaxKind.AmpersandAmpersandToken) return evaluate(node.right, depth + 1);
    if (operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken) {
      const left = evaluate(node.left, depth + 1);
      if (left.kind === "unknown" && left.env !== undefined) {
        // The default is what ships; the environment may replace it at run time (`env.X ?? "…"`, `parse(env.X) || DEFAULTS`).
        const env = left.env;
        const fallback = evaluate(node.right, depth + 1);
        if (fallback.kind === "known") return { ...fallback, overridable: fallback.overridable ?? { env } };
        if (fallback.kind === "unknown")
          return unknownValue(`environment variable ${env} with a default that is not static (${fallback.reason})`, here, fallback.env ?? env);
        return fallback;
      }
      if (left.kind === "known" && !(operator === ts.SyntaxKind.BarBarToken && left.value === "")) return left;
      if (left.kind === "known") return evaluate(node.right, depth + 1);
      // `baseUrl || "https://…"`: what a caller passes, else the fallback written here.
      if (left.kind === "parameter" && !left.absentDefault && !left.derived && !left.next && left.prefix === "" && left.suffix === "")
        return { ...left, absentDefault: node.right };
      return left;
    }
    return unknownValue(`operator ${node.operatorToken.getText()} does not yield a static string`, here);
  };

  const evaluateReference = (node: ts.Identifier | ts.PropertyAccessExpression | ts.ElementAccessExpression, depth: number): StaticValue => {
    const here = locationOf(node);
    const env = environmentReadOf(ts, checker, node);
    if (env !== undefined) return environmentValue(env, here);
    // `env[name]` in a helper (`str(name, fallback)`): still a read of the environment, whose variable the
    // caller names; a `??` default after it is what ships, as for `env.X`.
    if (ts.isElementAccessExpression(node) && isEnvironmentObject(ts, checker, node.expression)) {
      const key = evaluate(node.argumentExpression, depth + 1);
      return environmentValue(key.kind === "known" && key.alternatives === undefined ? key.value : `[${node.argumentExpression.getText().slice(0, 40)}]`, here);
    }
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
      case "expression": {
        if (definition.expression === node) {
          // `HOSTS[region]`: a key known only at run time picks one of the table's values.
          const table = ts.isElementAccessExpression(node) ? literalTableValues(context, node.expression, (e) => evaluate(e, depth + 1)) : undefined;
          return table ?? unknownValue(`${node.getText()} is not statically known`, here);
        }
        const start = evaluate(definition.expression, depth + 1);
        // A variable later extended with `+=`: what it starts with, then a part known only at run time.
        const value = definition.appendedTo ? concatValues([start, unknownValue(`${node.getText()} is appended to`, here)], here) : start;
        return definition.overridableBy !== undefined && value.kind === "known"
          ? { ...value, overridable: value.overridable ?? { env: definition.overridableBy } }
          : value;
      }
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

  /** A name the lib (or nothing) declares, not a project class of that name. */
  const isLibGlobal = (identifier: ts.Identifier): boolean => {
    const lookup = valueDeclarationOf(ts, checker, identifier);
    return lookup.kind !== "declaration" || lookup.declaration.getSourceFile().isDeclarationFile;
  };

  const evaluateNew = (node: ts.NewExpression, depth: number): StaticValue => {
    const here = locationOf(node);
    const [first, second] = node.arguments ?? [];
    // `fetch(new Request(url, init))`: a request object goes where its URL says.
    if (ts.isIdentifier(node.expression) && node.expression.text === "Request" && first && isLibGlobal(node.expression)) return evaluate(first, depth + 1);
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
    for (const b of valuesOf(base))
      for (const p of valuesOf(path)) {
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
        // A caller's value: the method applies when the caller's argument is bound (`base.trim()`).
        if (
          inner.kind === "parameter" &&
          method !== "toString" &&
          method !== "valueOf" &&
          !inner.derived &&
          !inner.next &&
          !inner.openEnd &&
          inner.prefix === "" &&
          inner.suffix === ""
        ) {
          return { ...inner, methods: [...(inner.methods ?? []), { method, args: [] }] };
        }
        if (method === "toLowerCase") return mapKnown(inner, (s) => s.toLowerCase());
        if (method === "toUpperCase") return mapKnown(inner, (s) => s.toUpperCase());
        if (method === "trim") return mapKnown(inner, (s) => s.trim());
        return inner;
      }
      if (method === "concat") {
        return concatValues(
          [callee.expression, ...node.arguments].map((e) => evaluate(e, depth + 1)),
          here,
        );
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
    const called = calledFunction(context, node);
    if (called.kind === "function") return returnedValue(context, called.func, node, depth, { evaluate, bindParameter });
    if (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) {
      const derived = receiverMethodValue(context, node, callee, (e) => evaluate(e, depth + 1));
      if (derived) return derived;
    }
    return called.value;
  };

  const bindParameter = (value: ParameterValue, call: ts.CallExpression | ts.NewExpression | undefined, depth: number): StaticValue => {
    const parameter = value.func.parameters[value.index];
    const argument = call?.arguments?.[value.index] ?? parameter?.initializer;
    const here = call ? locationOf(call) : locationOf(value.func);
    if (!argument && !value.absentDefault)
      return unknownValue(
        call
          ? `no argument for parameter ${parameter?.name.getText() ?? value.index}`
          : "the destination is a parameter and no caller in the scanned code supplies it",
        here,
      );
    let inner = !argument
      ? undefined
      : value.propertyPath.length === 0
        ? evaluate(argument, depth + 1)
        : evaluatePathAt(argument, value.propertyPath, depth + 1);
    // `{ url: "/vehicles/{vin}", ...options }` called without `url` in the options: the written one.
    if (!inner && value.absentDefault) inner = evaluate(value.absentDefault, depth + 1);
    else if (inner?.kind === "parameter" && !inner.absentDefault) {
      // Passed on to a parameter with a default (`super(baseUrl)` for `constructor(baseUrl = DEFAULT)`): nothing passed, the default.
      const fallback = value.absentDefault ?? (value.propertyPath.length === 0 ? parameter?.initializer : undefined);
      if (fallback) inner = { ...inner, absentDefault: fallback };
    }
    if (!inner) return unknownValue(`argument has no property ${value.propertyPath.join(".")}`, argument ? locationOf(argument) : here);
    if (value.methods) inner = applyMethods(ts, inner, value.methods, here, (e) => evaluate(e, depth + 1));
    if (value.derived) {
      // Computed from the argument: an environment read stays one; anything else is not followed.
      if (inner.kind === "unknown") return inner;
      if (inner.kind === "parameter") return { ...inner, derived: true };
      return unknownValue(`computed at run time from ${argument?.getText().slice(0, 60) ?? "a default"}`, argument ? locationOf(argument) : here);
    }
    const parts = [knownValue([value.prefix], []), inner, knownValue([value.suffix], [])];
    // `base + path`: each further caller-supplied part is bound at the same call.
    if (value.next) parts.push(bindParameter(value.next, call, depth + 1));
    if (value.openEnd) parts.push(unknownValue("path computed at run time", here));
    const bound = concatValues(parts, here);
    return value.base === undefined ? bound : joinToBase(value.base, bound, here);
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

function mapKnownOrUnknown(
  value: StaticValue,
  transform: (text: string) => string | undefined,
  failure: string,
  location: ReturnType<typeof locationOf>,
): StaticValue {
  if (value.kind !== "known") return value;
  const mapped: string[] = [];
  for (const text of valuesOf(value)) {
    const result = transform(text);
    if (result === undefined) return unknownValue(`${failure}: ${text}`, location);
    mapped.push(result);
  }
  return knownValue(mapped, value.origin, value.overridable);
}
