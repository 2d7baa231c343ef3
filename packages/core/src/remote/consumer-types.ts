import type ts from "typescript";
import type { TS } from "../flow/values/typescript-module.js";
import { isEvaluableFunction } from "../flow/values/index.js";

const PASSES = 3;

/**
 * The types a read's result is given by the code that consumes it: `as T`,
 * `satisfies T`, `<T>x`, or a declared variable type, on the result itself or
 * on values derived from it in the same function (`JSON.parse(await
 * body.transformToString()) as ChargeSession`). Untyped client libraries
 * (or none installed) leave the call itself `any`; these annotations are how
 * the code says what it read.
 */
export function consumerTypeNodes(ts: TS, checker: ts.TypeChecker, read: ts.CallExpression | ts.NewExpression): ts.TypeNode[] {
  const found: ts.TypeNode[] = [];
  const tracked = new Set<ts.Symbol>();
  const scope = enclosingBody(ts, read);
  const top = outermostUse(ts, read);
  collectAt(ts, checker, top, tracked, found);
  // Queue consumers hand what they read to callbacks (`eachMessage({ message })`): their parameters hold it.
  for (const argument of read.arguments ?? []) trackCallbackParameters(ts, checker, argument, tracked);
  if (!scope) return found;
  derivedTypeNodes(ts, checker, scope, tracked, found);
  return found;
}

/**
 * Types given to values derived from `tracked` variables inside `scope`
 * (grows `tracked` with variables initialised from them, and `found`).
 */
export function derivedTypeNodes(ts: TS, checker: ts.TypeChecker, scope: ts.Node, tracked: Set<ts.Symbol>, found: ts.TypeNode[]): void {
  for (let pass = 0; pass < PASSES; pass++) {
    const before = tracked.size;
    const visit = (node: ts.Node): void => {
      if (
        (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node) || ts.isSatisfiesExpression(node)) &&
        mentions(ts, checker, node.expression, tracked)
      ) {
        if (!found.includes(node.type)) found.push(node.type);
      } else if (ts.isVariableDeclaration(node) && node.initializer && mentions(ts, checker, node.initializer, tracked)) {
        if (node.type && !found.includes(node.type)) found.push(node.type);
        trackNames(ts, checker, node.name, tracked);
      } else if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isIdentifier(node.left) &&
        mentions(ts, checker, node.right, tracked)
      ) {
        const symbol = checker.getSymbolAtLocation(node.left);
        if (symbol) tracked.add(symbol);
      }
      ts.forEachChild(node, visit);
    };
    visit(scope);
    if (tracked.size === before) break;
  }
}

/** From the read up through `await`, `( )`, `!`, `.rows`, `[0]`, `.json()`, `.toArray()`, `.then(…)`. */
function outermostUse(ts: TS, node: ts.Expression): ts.Expression {
  let current: ts.Expression = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return current;
    if (ts.isAwaitExpression(parent) || ts.isParenthesizedExpression(parent) || ts.isNonNullExpression(parent)) current = parent;
    else if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === current) current = parent;
    else if (ts.isCallExpression(parent) && parent.expression === current) current = parent;
    else return current;
  }
}

function collectAt(ts: TS, checker: ts.TypeChecker, top: ts.Expression, tracked: Set<ts.Symbol>, found: ts.TypeNode[]): void {
  const parent = top.parent;
  if (!parent) return;
  if (ts.isAsExpression(parent) || ts.isTypeAssertionExpression(parent) || ts.isSatisfiesExpression(parent)) {
    found.push(parent.type);
    collectAt(ts, checker, parent, tracked, found);
  } else if (ts.isVariableDeclaration(parent) && parent.initializer === top) {
    if (parent.type) found.push(parent.type);
    trackNames(ts, checker, parent.name, tracked);
  } else if (ts.isReturnStatement(parent) || ts.isArrowFunction(parent)) {
    const fn = ts.isArrowFunction(parent) ? parent : enclosingFunction(ts, parent);
    if (fn?.type) found.push(fn.type);
  }
}

function trackCallbackParameters(ts: TS, checker: ts.TypeChecker, argument: ts.Expression, tracked: Set<ts.Symbol>): void {
  if (isEvaluableFunction(ts, argument)) {
    for (const parameter of (argument as ts.FunctionLikeDeclaration).parameters) trackNames(ts, checker, parameter.name, tracked);
  } else if (ts.isObjectLiteralExpression(argument)) {
    for (const property of argument.properties) {
      if (ts.isPropertyAssignment(property)) trackCallbackParameters(ts, checker, property.initializer, tracked);
      else if (ts.isMethodDeclaration(property)) for (const parameter of property.parameters) trackNames(ts, checker, parameter.name, tracked);
    }
  }
}

export function trackNames(ts: TS, checker: ts.TypeChecker, name: ts.BindingName, tracked: Set<ts.Symbol>): void {
  if (ts.isIdentifier(name)) {
    const symbol = checker.getSymbolAtLocation(name);
    if (symbol) tracked.add(symbol);
    return;
  }
  for (const element of name.elements) if (!ts.isOmittedExpression(element)) trackNames(ts, checker, element.name, tracked);
}

function mentions(ts: TS, checker: ts.TypeChecker, node: ts.Node, tracked: Set<ts.Symbol>): boolean {
  if (tracked.size === 0) return false;
  let hit = false;
  const visit = (child: ts.Node): void => {
    if (hit) return;
    if (ts.isIdentifier(child)) {
      const symbol = checker.getSymbolAtLocation(child);
      if (symbol && tracked.has(symbol)) hit = true;
      return;
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return hit;
}

function enclosingFunction(ts: TS, node: ts.Node): ts.FunctionLikeDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) if (isEvaluableFunction(ts, current)) return current;
  return undefined;
}

function enclosingBody(ts: TS, node: ts.Node): ts.Node | undefined {
  return enclosingFunction(ts, node)?.body ?? node.getSourceFile();
}
