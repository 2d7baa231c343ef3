import type ts from "typescript";
import type { TS } from "./typescript-module.js";

/**
 * Syntactic shapes shared by the value evaluator and the sink matcher. All
 * take the injected TypeScript module.
 */

/** Strips wrappers that do not change the runtime value: `( )`, `as`, `satisfies`, `!`, `<T>x`. */
export function unwrapExpression(ts: TS, expression: ts.Expression): ts.Expression {
  let current = expression;
  for (;;) {
    if (
      ts.isParenthesizedExpression(current) ||
      ts.isAsExpression(current) ||
      ts.isNonNullExpression(current) ||
      ts.isTypeAssertionExpression(current) ||
      ts.isSatisfiesExpression(current)
    ) {
      current = current.expression;
    } else {
      return current;
    }
  }
}

/** The static text of a property name (`a`, `"a"`, `[\`a\`]`, `1`), or undefined for computed names. */
export function propertyNameText(ts: TS, name: ts.PropertyName | ts.BindingName | ts.MemberName): string | undefined {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name)) {
    const inner = unwrapExpression(ts, name.expression);
    if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner) || ts.isNumericLiteral(inner)) return inner.text;
  }
  return undefined;
}

/** The member name of `a.b` or `a["b"]`, or undefined. */
export function accessedMemberName(ts: TS, expression: ts.Expression): string | undefined {
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  if (ts.isElementAccessExpression(expression)) {
    const argument = unwrapExpression(ts, expression.argumentExpression);
    if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument) || ts.isNumericLiteral(argument)) return argument.text;
  }
  return undefined;
}

/**
 * A function whose body the value evaluator reads for what it returns or passes on: arrow functions,
 * function expressions and declarations, methods, get accessors and constructors. Set accessors are
 * left out (they return nothing and are never called by name); the taint engine's units include them
 * (`isFunctionWithBody` in flow/taint/units.ts), because an assignment in a setter moves data.
 */
export function isEvaluableFunction(ts: TS, node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    (ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isConstructorDeclaration(node)) &&
    node.body !== undefined
  );
}

/** The expressions a function returns (concise arrow body, or every `return x` not inside a nested function). */
export function returnedExpressions(ts: TS, func: ts.FunctionLikeDeclaration): ts.Expression[] {
  const body = func.body;
  if (!body) return [];
  if (!ts.isBlock(body)) return [body];
  const result: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isReturnStatement(node)) {
      if (node.expression) result.push(node.expression);
      return;
    }
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return result;
}

/** The name a call is made by: `f(…)`, `x.f(…)` and `x["f"](…)` are all calls of `f`. */
export function calleeName(ts: TS, callee: ts.Expression): string | undefined {
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  if (ts.isElementAccessExpression(callee) && ts.isStringLiteral(callee.argumentExpression)) return callee.argumentExpression.text;
  return undefined;
}

/** The function (or, at top level, the file) a node is written in: the scope a local write can reach it from. */
export function functionOrFileAround(ts: TS, node: ts.Node): ts.Node {
  let scope = node;
  while (scope.parent && !ts.isFunctionLike(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
  return scope;
}
