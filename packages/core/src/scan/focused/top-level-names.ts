import type ts from "typescript";
import type { TS } from "../../program/create-scan-program.js";

/**
 * The names a file declares or exports at its top level: variables (destructured ones too), functions,
 * classes, interfaces, types, enums, namespaces, and the local and exported names of its export
 * specifiers (`export { a as b }` gives both, `export default` gives `default`). Another file that
 * reads a value or a type of this file mentions one of them — through an import, a namespace import's
 * property, or a barrel that re-exports it under another name.
 */
export function topLevelNames(ts: TS, file: ts.SourceFile): { names: string[]; reExports: boolean } {
  const names = new Set<string>();
  let reExports = false;
  const bind = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) bind(declaration.name);
    } else if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement) || ts.isModuleDeclaration(statement)) &&
      statement.name && (ts.isIdentifier(statement.name) || ts.isStringLiteral(statement.name))
    ) {
      names.add(statement.name.text);
      if (statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) names.add("default");
    } else if (ts.isExportAssignment(statement)) {
      names.add("default");
    } else if (ts.isExportDeclaration(statement)) {
      if (statement.moduleSpecifier) reExports = true;
      const clause = statement.exportClause;
      if (clause && ts.isNamedExports(clause)) {
        for (const element of clause.elements) {
          names.add(element.name.text);
          if (element.propertyName && ts.isIdentifier(element.propertyName)) names.add(element.propertyName.text);
        }
      } else if (clause && ts.isNamespaceExport(clause)) {
        names.add(clause.name.text);
      }
    }
  }
  return { names: [...names].sort(), reExports };
}
