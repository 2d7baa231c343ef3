import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import { findDeclarationByName } from "../values/scope-lookup.js";
import type { ApiPath, ApiPathOptions } from "./api-path-types.js";
import { isInPackage, packageOfFile } from "./package-names.js";

/*
 * The lookups of the API path resolver (api-path.ts) that need the checker
 * but none of its own recursion: reassignments of a variable, package
 * declarations, instances known only by their type, global objects.
 */

/**
 * `let client; … client = new S3Client()` in the same file, and the lazy forms `client ??= connect()`,
 * `client ||= connect()` of a client made on first use.
 */
export function assignmentsTo(ts: TS, checker: ts.TypeChecker, declaration: ts.VariableDeclaration, name: string): ts.Expression[] {
  const found: ts.Expression[] = [];
  const target = ts.isIdentifier(declaration.name) ? checker.getSymbolAtLocation(declaration.name) : undefined;
  const assigning = new Set([ts.SyntaxKind.EqualsToken, ts.SyntaxKind.QuestionQuestionEqualsToken, ts.SyntaxKind.BarBarEqualsToken]);
  const visit = (node: ts.Node): void => {
    if (
      ts.isBinaryExpression(node) &&
      assigning.has(node.operatorToken.kind) &&
      ts.isIdentifier(node.left) &&
      node.left.text === name &&
      (!target || checker.getSymbolAtLocation(node.left) === target)
    ) {
      found.push(node.right);
    }
    ts.forEachChild(node, visit);
  };
  visit(declaration.getSourceFile());
  return found;
}

/** A symbol declared in a package's .d.ts (reached through a project `export *`): package from the path. */
export function packageDeclarationPath(ts: TS, declaration: ts.Declaration): ApiPath | undefined {
  const pkg = packageOfFile(declaration.getSourceFile().fileName);
  const name = (declaration as { name?: ts.Node }).name;
  if (!pkg || !name || !ts.isIdentifier(name)) return undefined;
  return { package: pkg, steps: [{ kind: "member", name: name.text }] };
}

/** A value whose type is a class exported by a package: an instance of it, constructed out of sight. */
export function typedInstancePath(ts: TS, checker: ts.TypeChecker, options: ApiPathOptions, node: ts.Expression): ApiPath | undefined {
  if (!ts.isIdentifier(node) && !ts.isPropertyAccessExpression(node) && !ts.isCallExpression(node) && !ts.isElementAccessExpression(node)) return undefined;
  if (options.allowTypeLookup && !options.allowTypeLookup(node.getSourceFile())) return undefined;
  let type: ts.Type;
  try {
    type = checker.getTypeAtLocation(node);
  } catch {
    return undefined;
  }
  const symbol = type.getSymbol();
  const declaration = symbol?.declarations?.[0];
  if (!symbol || !declaration || !ts.isClassDeclaration(declaration)) return undefined;
  const pkg = packageOfFile(declaration.getSourceFile().fileName);
  if (!pkg) return undefined;
  return {
    package: pkg,
    steps: [
      { kind: "member", name: symbol.name },
      { kind: "call", node: undefined, construct: true },
    ],
  };
}

/** `globalThis`, `window`, `self`, `global` as the lib declares them (not a project variable of that name). */
export function isGlobalObject(ts: TS, checker: ts.TypeChecker, identifier: ts.Identifier): boolean {
  const symbol = checker.getSymbolAtLocation(identifier);
  const declaration = symbol ? symbol.declarations?.[0] : findDeclarationByName(ts, identifier);
  return !declaration || (declaration.getSourceFile().isDeclarationFile && !isInPackage(declaration.getSourceFile().fileName));
}
