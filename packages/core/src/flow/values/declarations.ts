import type ts from "typescript";
import type { TS } from "./typescript-module.js";
import { findDeclarationByName } from "./scope-lookup.js";

/** Where an identifier's value is defined, after following imports and re-exports. */
export type DeclarationLookup = { kind: "declaration"; declaration: ts.Declaration } | { kind: "unresolved-import"; module: string } | { kind: "none" };

/** The symbol an identifier reads (`{ url }` shorthand reads the variable `url`, not the property). */
export function symbolOfIdentifier(ts: TS, checker: ts.TypeChecker, identifier: ts.Identifier): ts.Symbol | undefined {
  const parent = identifier.parent;
  if (parent && ts.isShorthandPropertyAssignment(parent) && parent.name === identifier) {
    return checker.getShorthandAssignmentValueSymbol(parent);
  }
  return checker.getSymbolAtLocation(identifier);
}

/**
 * The declaration that gives `identifier` its value, following import aliases
 * across modules (`import { BASE } from "./config"`, re-exports, namespace
 * members). Falls back to a syntactic scope walk when the checker knows nothing.
 */
export function valueDeclarationOf(ts: TS, checker: ts.TypeChecker, identifier: ts.Identifier): DeclarationLookup {
  const symbol = symbolOfIdentifier(ts, checker, identifier);
  if (!symbol) {
    const declaration = findDeclarationByName(ts, identifier);
    return declaration ? { kind: "declaration", declaration } : { kind: "none" };
  }
  return declarationOfSymbol(ts, checker, symbol);
}

export function declarationOfSymbol(ts: TS, checker: ts.TypeChecker, symbol: ts.Symbol): DeclarationLookup {
  let target = symbol;
  if (symbol.flags & ts.SymbolFlags.Alias) {
    const aliased = checker.getAliasedSymbol(symbol);
    if (!aliased.declarations || aliased.declarations.length === 0) {
      return { kind: "unresolved-import", module: importedModuleName(ts, symbol.declarations?.[0]) ?? symbol.name };
    }
    target = aliased;
  }
  const declaration = target.valueDeclaration ?? target.declarations?.[0];
  return declaration ? { kind: "declaration", declaration } : { kind: "none" };
}

/** The module specifier an import/require declaration names. */
function importedModuleName(ts: TS, declaration: ts.Node | undefined): string | undefined {
  for (let node = declaration; node; node = node.parent) {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      return node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : undefined;
    }
    if (ts.isImportEqualsDeclaration(node)) {
      const reference = node.moduleReference;
      return ts.isExternalModuleReference(reference) && ts.isStringLiteral(reference.expression) ? reference.expression.text : undefined;
    }
    if (ts.isVariableDeclaration(node)) {
      const initializer = node.initializer;
      if (
        initializer &&
        ts.isCallExpression(initializer) &&
        ts.isIdentifier(initializer.expression) &&
        initializer.expression.text === "require" &&
        initializer.arguments[0] &&
        ts.isStringLiteral(initializer.arguments[0])
      ) {
        return initializer.arguments[0].text;
      }
      return undefined;
    }
  }
  return undefined;
}

const assignedNamesCache = new WeakMap<ts.SourceFile, Set<string>>();

/**
 * Whether a `let`/`var` may be written after its declaration. Conservative by
 * name within the file (any assignment to that name counts), which is enough
 * to trust `let BASE = "https://…"` that nobody touches.
 */
export function mayBeReassigned(ts: TS, declaration: ts.VariableDeclaration): boolean {
  if (ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) return false;
  if (!ts.isIdentifier(declaration.name)) return true;
  const sourceFile = declaration.getSourceFile();
  let names = assignedNamesCache.get(sourceFile);
  if (!names) {
    const collected = new Set<string>();
    const visit = (node: ts.Node): void => {
      if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
        node.operatorToken.kind <= ts.SyntaxKind.LastAssignment &&
        ts.isIdentifier(node.left)
      ) {
        collected.add(node.left.text);
      }
      if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && ts.isIdentifier(node.operand)) {
        collected.add(node.operand.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    names = collected;
    assignedNamesCache.set(sourceFile, names);
  }
  return names.has(declaration.name.text);
}
