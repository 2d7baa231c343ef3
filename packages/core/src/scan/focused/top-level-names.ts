import type ts from "typescript";
import type { TS } from "../../program/create-scan-program.js";

/** A name a file declares or exports at its top level, where (1-based lines), and what it renames. */
export interface TopLevelName {
  name: string;
  start: number;
  end: number;
  /** `export { a as b }`: `b` renames `a`. */
  renames?: string;
}

/**
 * The names a file declares or exports at its top level: variables (destructured ones too), functions,
 * classes, interfaces, types, enums, namespaces, and the names of its export specifiers (`export { a as
 * b }` gives `b`, renaming `a`; `export default` gives `default`). Another file that reads a value or a
 * type of this file mentions one of them — through an import, a namespace import's property, or a
 * barrel that re-exports it under another name.
 */
export function topLevelNames(ts: TS, file: ts.SourceFile): TopLevelName[] {
  const names: TopLevelName[] = [];
  const lineOf = (offset: number) => file.getLineAndCharacterOfPosition(offset).line + 1;
  const add = (name: string, node: ts.Node, renames?: string) =>
    names.push({ name, start: lineOf(node.getStart(file)), end: lineOf(node.end), ...(renames !== undefined ? { renames } : {}) });
  const bind = (name: ts.BindingName, statement: ts.Node): void => {
    if (ts.isIdentifier(name)) add(name.text, statement);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name, statement);
  };
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) bind(declaration.name, declaration);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement) ||
        ts.isModuleDeclaration(statement)) &&
      statement.name &&
      (ts.isIdentifier(statement.name) || ts.isStringLiteral(statement.name))
    ) {
      add(statement.name.text, statement);
      if (statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) add("default", statement, statement.name.text);
    } else if (ts.isExportAssignment(statement)) {
      add("default", statement, ts.isIdentifier(statement.expression) ? statement.expression.text : undefined);
    } else if (ts.isExportDeclaration(statement) && statement.exportClause) {
      const clause = statement.exportClause;
      if (ts.isNamedExports(clause)) {
        for (const element of clause.elements)
          add(element.name.text, element, element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text);
      } else if (ts.isNamespaceExport(clause)) {
        add(clause.name.text, clause);
      }
    }
  }
  return names;
}
