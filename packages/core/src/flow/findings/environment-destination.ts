import type ts from "typescript";
import type { ArgumentSelector } from "../../model/pack.js";
import type { TS } from "../values/typescript-module.js";

/**
 * The environment variables a sink's destination is read from, when static
 * resolution gave up (`fetch(process.env.PARTNER_WEBHOOK_URL ?? "", …)`, or a
 * `const` holding that expression). Users recognise the variable; the
 * resolver's reason ("relative URL" for an empty default) says less.
 *
 * Only the destination's expressions are searched (a body that mentions
 * `process.env` says nothing of where it goes), following identifiers to
 * their `const` initialisers a few levels deep.
 */
export function environmentVariablesIn(tsApi: TS, checker: ts.TypeChecker, expressions: readonly ts.Expression[]): string[] {
  const names = new Set<string>();
  const visit = (node: ts.Node, depth: number): void => {
    if (depth > 3) return;
    const name = environmentVariableRead(tsApi, node);
    if (name !== undefined) {
      names.add(name);
      return;
    }
    if (tsApi.isIdentifier(node)) {
      const initializer = constInitializer(tsApi, checker, node);
      if (initializer) visit(initializer, depth + 1);
      return;
    }
    // Function bodies passed along (callbacks) are not where the destination is.
    if (tsApi.isFunctionLike(node)) return;
    tsApi.forEachChild(node, (child) => visit(child, depth));
  };
  for (const expression of expressions) visit(expression, 0);
  return [...names].sort();
}

/**
 * The expressions of a sink call that its model reads the destination from:
 * selectors on the call itself (`{ argument: 0 }`, `{ argument: 0, property: [url] }`),
 * through object literals. Selectors on other calls (the client's constructor) are not followed.
 */
export function destinationExpressions(tsApi: TS, call: ts.Node, selectors: readonly ArgumentSelector[]): ts.Expression[] {
  if (!tsApi.isCallExpression(call) && !tsApi.isNewExpression(call)) return [];
  const found: ts.Expression[] = [];
  for (const selector of selectors) {
    if (selector.call !== undefined || selector.sibling !== undefined || selector.argument < 0) continue;
    let expression: ts.Expression | undefined = call.arguments?.[selector.argument];
    for (const name of selector.property ?? []) {
      while (expression && (tsApi.isParenthesizedExpression(expression) || tsApi.isAsExpression(expression))) expression = expression.expression;
      if (!expression || !tsApi.isObjectLiteralExpression(expression)) {
        expression = undefined;
        break;
      }
      const property = expression.properties.find((p) => p.name !== undefined && tsApi.isIdentifier(p.name) && p.name.text === name);
      expression =
        property && tsApi.isPropertyAssignment(property)
          ? property.initializer
          : property && tsApi.isShorthandPropertyAssignment(property)
            ? property.name
            : undefined;
    }
    if (expression) found.push(expression);
  }
  return found;
}

/** `process.env.NAME`, `process.env["NAME"]`, `import.meta.env.NAME` → NAME. */
function environmentVariableRead(tsApi: TS, node: ts.Node): string | undefined {
  let receiver: ts.Expression;
  let name: string | undefined;
  if (tsApi.isPropertyAccessExpression(node)) {
    receiver = node.expression;
    name = node.name.text;
  } else if (tsApi.isElementAccessExpression(node) && tsApi.isStringLiteralLike(node.argumentExpression)) {
    receiver = node.expression;
    name = node.argumentExpression.text;
  } else return undefined;
  if (!tsApi.isPropertyAccessExpression(receiver) || receiver.name.text !== "env") return undefined;
  const owner = receiver.expression;
  const isProcess = tsApi.isIdentifier(owner) && owner.text === "process";
  const isImportMeta = tsApi.isMetaProperty(owner);
  return isProcess || isImportMeta ? name : undefined;
}

function constInitializer(tsApi: TS, checker: ts.TypeChecker, identifier: ts.Identifier): ts.Expression | undefined {
  let symbol = checker.getSymbolAtLocation(identifier);
  if (symbol && symbol.flags & tsApi.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration;
  if (!declaration || !tsApi.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  const list = declaration.parent;
  const isConst = tsApi.isVariableDeclarationList(list) && (list.flags & tsApi.NodeFlags.Const) !== 0;
  return isConst ? declaration.initializer : undefined;
}
