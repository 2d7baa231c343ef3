import type ts from "typescript";
import type { TS } from "./typescript-module.js";
import { accessedMemberName, propertyNameText, unwrapExpression } from "./expression-shapes.js";
import { mayBeReassigned, valueDeclarationOf } from "./declarations.js";

/**
 * The process environment as configuration modules reach it: `process.env`,
 * `import.meta.env` (Vite), and the aliases they are read through
 * (`const env = process.env`, `const { env } = process`, `import { env } from "node:process"`).
 * A read of a variable through any of them is a value the deployment decides.
 */

const MAX_ALIAS_DEPTH = 8;

/** The environment variable `expression` reads (`process.env.X`, `env.X`, `env["X"]`), or undefined. */
export function environmentReadOf(ts: TS, checker: ts.TypeChecker, expression: ts.Expression): string | undefined {
  const node = unwrapExpression(ts, expression);
  if (!ts.isPropertyAccessExpression(node) && !ts.isElementAccessExpression(node)) return undefined;
  const name = accessedMemberName(ts, node);
  return name !== undefined && isEnvironmentObject(ts, checker, node.expression) ? name : undefined;
}

/** Whether `expression` is the environment object itself, directly or through a `const` alias. */
export function isEnvironmentObject(ts: TS, checker: ts.TypeChecker, expression: ts.Expression, depth = 0): boolean {
  const node = unwrapExpression(ts, expression);
  if (depth > MAX_ALIAS_DEPTH) return false;
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
    if (accessedMemberName(ts, node) !== "env") return false;
    const owner = unwrapExpression(ts, node.expression);
    return isProcessObject(ts, checker, owner, depth) || (ts.isMetaProperty(owner) && owner.name.text === "meta");
  }
  if (!ts.isIdentifier(node)) return false;
  if (isRequiredProcessEnv(ts, checker, node)) return true;
  const lookup = valueDeclarationOf(ts, checker, node);
  if (lookup.kind !== "declaration") return false;
  const declaration = lookup.declaration;
  if (ts.isVariableDeclaration(declaration)) {
    return (
      declaration.initializer !== undefined &&
      ts.isIdentifier(declaration.name) &&
      !mayBeReassigned(ts, declaration) &&
      isEnvironmentObject(ts, checker, declaration.initializer, depth + 1)
    );
  }
  // `const { env } = process`
  if (ts.isBindingElement(declaration) && ts.isObjectBindingPattern(declaration.parent) && !declaration.dotDotDotToken) {
    const key = propertyNameText(ts, declaration.propertyName ?? declaration.name);
    const holder = declaration.parent.parent;
    return (
      key === "env" &&
      ts.isVariableDeclaration(holder) &&
      holder.initializer !== undefined &&
      isProcessObject(ts, checker, unwrapExpression(ts, holder.initializer), depth + 1)
    );
  }
  // `import { env } from "node:process"`
  if (ts.isImportSpecifier(declaration)) {
    const specifier = declaration.parent.parent.parent.moduleSpecifier;
    return (declaration.propertyName ?? declaration.name).text === "env" && ts.isStringLiteral(specifier) && /^(node:)?process$/.test(specifier.text);
  }
  return false;
}

/** `process`, the global or its module (`import process from "node:process"`), not a project variable of that name. */
/**
 * `const { env } = require("process")`: CommonJS binds `env` as an alias of the module's export, which
 * the checker resolves into @types/node (or nowhere, when it is not installed); the binding says what it is.
 */
function isRequiredProcessEnv(ts: TS, checker: ts.TypeChecker, node: ts.Identifier): boolean {
  const declaration = checker.getSymbolAtLocation(node)?.declarations?.[0];
  if (!declaration || !ts.isBindingElement(declaration) || !ts.isObjectBindingPattern(declaration.parent) || declaration.dotDotDotToken) return false;
  const holder = declaration.parent.parent;
  const key = propertyNameText(ts, declaration.propertyName ?? declaration.name);
  return (
    key === "env" && ts.isVariableDeclaration(holder) && holder.initializer !== undefined && isProcessRequire(ts, unwrapExpression(ts, holder.initializer))
  );
}

/** CommonJS `require("process")` (or `node:process`): the process object, as its import is. */
function isProcessRequire(ts: TS, node: ts.Expression): boolean {
  if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== "require") return false;
  const [specifier] = node.arguments;
  return specifier !== undefined && ts.isStringLiteralLike(specifier) && /^(node:)?process$/.test(specifier.text);
}

function isProcessObject(ts: TS, checker: ts.TypeChecker, node: ts.Expression, depth: number): boolean {
  if (isProcessRequire(ts, node)) return true;
  if (!ts.isIdentifier(node)) return false;
  if (node.text === "process") {
    const lookup = valueDeclarationOf(ts, checker, node);
    if (lookup.kind !== "declaration") return true;
    const declaration = lookup.declaration;
    // A project `const process = { env: … }` is an ordinary object; declarations (`declare const process`) and imports are the real one.
    if (ts.isVariableDeclaration(declaration) && declaration.initializer && isProcessRequire(ts, unwrapExpression(ts, declaration.initializer))) return true;
    return !(ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && depth === 0 && !declaration.getSourceFile().isDeclarationFile);
  }
  const lookup = valueDeclarationOf(ts, checker, node);
  if (lookup.kind === "unresolved-import") return /^(node:)?process$/.test(lookup.module);
  if (lookup.kind !== "declaration") return false;
  const declaration = lookup.declaration;
  if (ts.isImportClause(declaration) || ts.isNamespaceImport(declaration)) {
    const specifier = (ts.isImportClause(declaration) ? declaration.parent : declaration.parent.parent).moduleSpecifier;
    return ts.isStringLiteral(specifier) && /^(node:)?process$/.test(specifier.text);
  }
  return false;
}
