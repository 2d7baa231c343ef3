import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import { normalizePackageName } from "./package-names.js";

/**
 * The module specifiers a file imports: ESM imports and re-exports,
 * `import x = require()`, `require("x")` and `import("x")` anywhere. Used to
 * switch off catalogue models whose package the program never imports (most
 * of a large code base calls no SDK at all) and to keep the costly
 * type-based instance lookup to files that import an SDK.
 */
export function importedModules(ts: TS, sourceFile: ts.SourceFile): Set<string> {
  const found = new Set<string>();
  const add = (node: ts.Node | undefined): void => {
    if (node && ts.isStringLiteralLike(node)) found.add(normalizePackageName(node.text));
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node.moduleReference.expression);
    else if (ts.isCallExpression(node) && node.arguments.length === 1 &&
        ((ts.isIdentifier(node.expression) && node.expression.text === "require") || node.expression.kind === ts.SyntaxKind.ImportKeyword)) {
      add(node.arguments[0]);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** Imported modules per file, computed once per file. */
export function createImportIndex(ts: TS) {
  const cache = new WeakMap<ts.SourceFile, Set<string>>();
  return (sourceFile: ts.SourceFile): Set<string> => {
    let modules = cache.get(sourceFile);
    if (!modules) {
      modules = importedModules(ts, sourceFile);
      cache.set(sourceFile, modules);
    }
    return modules;
  };
}
