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

/** A `const`/`let`/`var` declared at the top level of a module (not a function or class value). */
export function isModuleVariable(ts: TS, declaration: ts.Node): boolean {
  if (!ts.isVariableDeclaration(declaration)) return false;
  const list = declaration.parent;
  const statement = list?.parent;
  if (!statement || !ts.isVariableStatement(statement) || !ts.isSourceFile(statement.parent)) return false;
  const initializer = declaration.initializer;
  return !(initializer && (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer) || ts.isClassExpression(initializer)));
}
