import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";

/**
 * Analysis units. A *root* function (a declaration, method, constructor,
 * accessor, or a function expression that initialises a module-level
 * variable/property) gets its own summary; functions nested inside it
 * (callbacks, closures, local helpers) are analysed inline with it, so that
 * closures see their captured variables. Code at module level that is not a
 * root function (top-level statements, callbacks passed at top level) is the
 * source file's own unit.
 */
export type Unit = ts.SignatureDeclaration | ts.SourceFile;

/**
 * Every function with a body, set accessors included: each is a taint unit, because a setter's
 * assignments move data. (The value evaluator's `isEvaluableFunction` leaves setters out.)
 */
export function isFunctionWithBody(ts: TS, node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    (ts.isFunctionDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isConstructorDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node)) &&
    node.body !== undefined
  );
}

function isRootKind(ts: TS, node: ts.FunctionLikeDeclaration): boolean {
  if (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  )
    return true;
  const parent = skipWrappers(ts, node.parent);
  return (
    ts.isVariableDeclaration(parent) ||
    ts.isPropertyAssignment(parent) ||
    ts.isPropertyDeclaration(parent) ||
    ts.isExportAssignment(parent) ||
    (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken)
  );
}

function skipWrappers(ts: TS, node: ts.Node): ts.Node {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current)) current = current.parent;
  return current;
}

const unitCache = new WeakMap<ts.Node, Unit>();

/** The unit a node is analysed in. */
export function unitOf(ts: TS, node: ts.Node): Unit {
  const cached = unitCache.get(node);
  if (cached) return cached;
  let outermost: ts.FunctionLikeDeclaration | undefined;
  for (let current: ts.Node | undefined = node; current; current = current.parent) {
    if (isFunctionWithBody(ts, current)) outermost = current;
  }
  const unit: Unit = outermost && isRootKind(ts, outermost) ? outermost : node.getSourceFile();
  unitCache.set(node, unit);
  return unit;
}

/** A root function is analysed as its own unit; the module unit and other roots skip its body. */
export function isRootFunction(ts: TS, node: ts.Node): boolean {
  return isFunctionWithBody(ts, node) && unitOf(ts, node) === node;
}

/** The name a reader recognises (`postJson`, `Uploader.send`, `<module>`). */
export function functionName(ts: TS, node: ts.Node | undefined): string {
  if (!node) return "<module>";
  if (ts.isSourceFile(node)) return "<module>";
  const owner = (n: ts.Node): string | undefined => {
    const parent = n.parent;
    if (parent && (ts.isClassDeclaration(parent) || ts.isClassExpression(parent))) return parent.name?.text ?? "<class>";
    return undefined;
  };
  const named = (name: ts.Node | undefined): string | undefined =>
    name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name)) ? name.text : undefined;
  if (ts.isConstructorDeclaration(node)) return `${owner(node) ?? "<class>"}.constructor`;
  if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) {
    const name = named(node.name) ?? "<anonymous>";
    const cls = owner(node);
    return cls ? `${cls}.${name}` : name;
  }
  const parent = skipWrappers(ts, node.parent);
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) {
    return named(parent.name) ?? "<anonymous>";
  }
  // `Client.prototype.send = function …` → `Client.send`; `util.getUrl = …` → `util.getUrl`.
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(parent.left)) {
    return parent.left
      .getText()
      .replace(/\.prototype\./, ".")
      .slice(0, 80);
  }
  return "<anonymous>";
}

/** Names callers may use for a function (for the syntactic caller index). */
export function callableNames(ts: TS, node: ts.Node): string[] {
  const names = new Set<string>();
  if (ts.isConstructorDeclaration(node)) {
    const cls = node.parent;
    if (cls.name) names.add(cls.name.text);
    return [...names];
  }
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
    names.add(node.name.text);
  }
  if (ts.isFunctionDeclaration(node) && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) names.add("default");
  const parent = skipWrappers(ts, node.parent);
  if (
    (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) &&
    (ts.isIdentifier(parent.name) || ts.isStringLiteral(parent.name))
  )
    names.add(parent.name.text);
  // JavaScript methods and exports are assignments: `Client.prototype.send = function …`, `exports.post = …`.
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(parent.left))
    names.add(parent.left.name.text);
  if (ts.isExportAssignment(parent)) names.add("default");
  return [...names];
}

/** The nearest enclosing named function of a node, for fingerprints and messages. */
export function enclosingFunctionName(ts: TS, node: ts.Node): string {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (isFunctionWithBody(ts, current)) {
      const name = functionName(ts, current);
      if (name !== "<anonymous>") return name;
    }
  }
  return "<module>";
}
