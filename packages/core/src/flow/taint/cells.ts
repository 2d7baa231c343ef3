import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";

/**
 * Cells are storage shared between functions: class fields (including
 * constructor parameter properties) and module-level variables. Writes go to a
 * whole-program store; reads produce a `cell` label resolved once every write
 * has been seen, so the order in which functions are analysed does not matter.
 */
export function cellIdOf(declaration: ts.Node): string {
  return `${declaration.getSourceFile().fileName}#${declaration.pos}`;
}

/** The name writes of a cell go by (`vin` for `this.vin = …` in JavaScript too). */
export function cellNameOf(ts: TS, declaration: ts.Node): string {
  const target = ts.isBinaryExpression(declaration) ? declaration.left : declaration;
  if (ts.isPropertyAccessExpression(target)) return target.name.text;
  return (declaration as ts.NamedDeclaration).name?.getText() ?? "<cell>";
}

/**
 * A class field: a property declaration, a constructor parameter property, or, in JavaScript, the first
 * `this.x = …` of a class (JavaScript declares fields by assigning them).
 */
export function isClassFieldDeclaration(ts: TS, declaration: ts.Node | undefined): declaration is ts.Declaration {
  if (!declaration) return false;
  if (ts.isPropertyDeclaration(declaration)) return true;
  if (ts.isParameter(declaration)) return ts.isConstructorDeclaration(declaration.parent);
  // The binder declares a JavaScript field by the assignment `this.x = …` (or its left side).
  const assignment = ts.isBinaryExpression(declaration) ? declaration : declaration.parent;
  if (!assignment || !ts.isBinaryExpression(assignment) || assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return false;
  const target = assignment.left;
  if (!ts.isPropertyAccessExpression(target) || target.expression.kind !== ts.SyntaxKind.ThisKeyword) return false;
  if (declaration !== assignment && declaration !== target) return false;
  for (let node: ts.Node | undefined = assignment.parent; node; node = node.parent) {
    if (ts.isClassLike(node)) return true;
    if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isSourceFile(node)) return false;
  }
  return false;
}

/** A `const`/`let`/`var` declared at the top level of a module (not a function or class value). */
export function isModuleVariable(ts: TS, declaration: ts.Node): boolean {
  if (!ts.isVariableDeclaration(declaration)) return false;
  const list = declaration.parent;
  const statement = list?.parent;
  if (!statement || !ts.isVariableStatement(statement) || !ts.isSourceFile(statement.parent)) return false;
  const initializer = declaration.initializer;
  return !(initializer && (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer) || ts.isClassExpression(initializer)));
}
