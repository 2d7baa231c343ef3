import type ts from "typescript";
import type { TS } from "./typescript-module.js";

/**
 * Finds the declaration of `identifier` by walking the enclosing scopes
 * syntactically. Used when the checker has no symbol for a name (JS files
 * without binding information, partial programs): the sink matcher must still
 * see that `fetch` is a parameter or that `axios` was imported from "axios".
 */
export function findDeclarationByName(ts: TS, identifier: ts.Identifier): ts.Declaration | undefined {
  const name = identifier.text;
  for (let node: ts.Node | undefined = identifier.parent; node; node = node.parent) {
    if (ts.isFunctionLike(node)) {
      for (const parameter of node.parameters) {
        const found = bindingDeclaring(ts, parameter.name, name);
        if (found) return ts.isIdentifier(found) ? parameter : found;
      }
      if ((ts.isFunctionExpression(node) || ts.isClassExpression(node)) && node.name?.text === name) return node;
    }
    if (ts.isCatchClause(node) && node.variableDeclaration) {
      const found = bindingDeclaring(ts, node.variableDeclaration.name, name);
      if (found) return ts.isIdentifier(found) ? node.variableDeclaration : found;
    }
    if (
      (ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node)) &&
      node.initializer &&
      ts.isVariableDeclarationList(node.initializer)
    ) {
      const found = inDeclarationList(ts, node.initializer, name);
      if (found) return found;
    }
    if (ts.isBlock(node) || ts.isSourceFile(node) || ts.isModuleBlock(node) || ts.isCaseClause(node) || ts.isDefaultClause(node)) {
      const found = inStatements(ts, node.statements, name);
      if (found) return found;
    }
  }
  return undefined;
}

function inStatements(ts: TS, statements: readonly ts.Statement[], name: string): ts.Declaration | undefined {
  for (const statement of statements) {
    if (ts.isVariableStatement(statement)) {
      const found = inDeclarationList(ts, statement.declarationList, name);
      if (found) return found;
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name?.text === name) {
      return statement;
    } else if (ts.isImportDeclaration(statement) && statement.importClause) {
      const clause = statement.importClause;
      if (clause.name?.text === name) return clause;
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings) && bindings.name.text === name) return bindings;
      if (bindings && ts.isNamedImports(bindings)) {
        const specifier = bindings.elements.find((e) => e.name.text === name);
        if (specifier) return specifier;
      }
    } else if (ts.isImportEqualsDeclaration(statement) && statement.name.text === name) {
      return statement;
    }
  }
  return undefined;
}

function inDeclarationList(ts: TS, list: ts.VariableDeclarationList, name: string): ts.Declaration | undefined {
  for (const declaration of list.declarations) {
    const found = bindingDeclaring(ts, declaration.name, name);
    if (found) return ts.isIdentifier(found) ? declaration : found;
  }
  return undefined;
}

/** The binding name itself (simple identifier) or the binding element that declares `name`. */
function bindingDeclaring(ts: TS, binding: ts.BindingName, name: string): ts.Identifier | ts.BindingElement | undefined {
  if (ts.isIdentifier(binding)) return binding.text === name ? binding : undefined;
  for (const element of binding.elements) {
    if (ts.isOmittedExpression(element)) continue;
    if (ts.isIdentifier(element.name)) {
      if (element.name.text === name) return element;
    } else {
      const nested = bindingDeclaring(ts, element.name, name);
      if (nested) return nested;
    }
  }
  return undefined;
}
