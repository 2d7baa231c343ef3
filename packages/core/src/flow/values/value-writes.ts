import type ts from "typescript";
import type { TS } from "./typescript-module.js";
import { accessedMemberName, unwrapExpression } from "./expression-shapes.js";

/**
 * Configuration written onto an object after it was created: a method call
 * (`configuration.setServerVariables({ site })`) or an assignment to a member
 * path (`api.defaults.baseURL = url`). Found in the file that uses the object and
 * in the file that declares it, on the same variable or `this` field.
 */
export type ValueWrite = { kind: "call"; method: string; call: ts.CallExpression } | { kind: "assignment"; path: string[]; value: ts.Expression };

interface FileWrites {
  /** Writes by the node they are made on (`configuration`, `this.http`). */
  writes: { target: ts.Expression; write: ValueWrite }[];
}

const cache = new WeakMap<ts.SourceFile, FileWrites>();

/** The writes made on the same variable or field as `expression`, in source order (declaring file first). */
export function writesOn(ts: TS, checker: ts.TypeChecker, expression: ts.Expression): ValueWrite[] {
  const target = unwrapExpression(ts, expression);
  const key = referenceSymbol(ts, checker, target);
  if (!key) return [];
  const files = new Set<ts.SourceFile>();
  for (const declaration of key.declarations ?? []) {
    const file = declaration.getSourceFile();
    if (!file.isDeclarationFile) files.add(file);
  }
  files.add(target.getSourceFile());
  const found: ValueWrite[] = [];
  for (const file of files) {
    for (const { target: written, write } of writesIn(ts, file).writes) {
      if (referenceSymbol(ts, checker, written) === key) found.push(write);
    }
  }
  return found;
}

/** The variable or field a reference names (aliases resolved), or undefined for anything else. */
function referenceSymbol(ts: TS, checker: ts.TypeChecker, node: ts.Expression): ts.Symbol | undefined {
  let symbol: ts.Symbol | undefined;
  if (ts.isIdentifier(node)) symbol = checker.getSymbolAtLocation(node);
  else if (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword) symbol = checker.getSymbolAtLocation(node.name);
  if (!symbol) return undefined;
  if (symbol.flags & ts.SymbolFlags.Alias) {
    const aliased = checker.getAliasedSymbol(symbol);
    if (aliased.declarations?.length) symbol = aliased;
  }
  const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
  // A parameter is the caller's object: what this function writes on it is not the configuration.
  if (!declaration || ts.isParameter(declaration)) return undefined;
  return symbol;
}

function writesIn(ts: TS, sourceFile: ts.SourceFile): FileWrites {
  let result = cache.get(sourceFile);
  if (result) return result;
  const writes: FileWrites["writes"] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = unwrapExpression(ts, node.expression);
      if (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) {
        const method = accessedMemberName(ts, callee);
        if (method !== undefined && isReference(ts, callee.expression)) {
          writes.push({ target: unwrapExpression(ts, callee.expression), write: { kind: "call", method, call: node } });
        }
      }
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const path: string[] = [];
      let left = unwrapExpression(ts, node.left);
      while (ts.isPropertyAccessExpression(left) || ts.isElementAccessExpression(left)) {
        const name = accessedMemberName(ts, left);
        if (name === undefined || isReference(ts, left)) break;
        path.unshift(name);
        left = unwrapExpression(ts, left.expression);
      }
      if (path.length > 0 && isReference(ts, left)) writes.push({ target: left, write: { kind: "assignment", path, value: node.right } });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  result = { writes };
  cache.set(sourceFile, result);
  return result;
}

/** `configuration` or `this.http`: what a write can be keyed on. */
function isReference(ts: TS, expression: ts.Expression): boolean {
  const node = unwrapExpression(ts, expression);
  return ts.isIdentifier(node) || (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword);
}
