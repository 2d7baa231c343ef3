import type ts from "typescript";
import type { SourceLocation } from "../model/location.js";
import type { StaticEvaluator } from "../flow/values/static-evaluator.js";
import { locationOf, resolveDefinition, unwrapExpression, valuesOf, type TS } from "../flow/values/index.js";

/** The strings an expression may hold: a string, a ternary, or an array of them (CORS origin lists). */
export interface StringList {
  values: string[];
  /** Some element could not be resolved statically (a function, a regular expression, an env read without default). */
  unresolved: string[];
  origin: SourceLocation[];
}

const MAX_DEPTH = 6;

export function stringListOf(ts: TS, checker: ts.TypeChecker, evaluator: StaticEvaluator, expression: ts.Expression, depth = 0): StringList {
  const list: StringList = { values: [], unresolved: [], origin: [] };
  const node = unwrapExpression(ts, expression);
  if (depth > MAX_DEPTH) return { ...list, unresolved: ["too deeply nested"] };
  if (ts.isArrayLiteralExpression(node)) {
    for (const element of node.elements) {
      if (ts.isSpreadElement(element)) merge(list, stringListOf(ts, checker, evaluator, element.expression, depth + 1));
      else merge(list, stringListOf(ts, checker, evaluator, element, depth + 1));
    }
    return list;
  }
  if (ts.isIdentifier(node)) {
    const initializer = constInitializer(ts, checker, node);
    if (initializer && ts.isArrayLiteralExpression(unwrapExpression(ts, initializer))) return stringListOf(ts, checker, evaluator, initializer, depth + 1);
  }
  // `config.cors.origins` → `ORIGINS.partners` → the array literal in a configuration module (the evaluator's definitions).
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
    const definition = resolveDefinition(evaluator.context, node);
    if (definition.kind === "expression" && definition.expression !== node && ts.isArrayLiteralExpression(unwrapExpression(ts, definition.expression))) {
      return stringListOf(ts, checker, evaluator, definition.expression, depth + 1);
    }
  }
  if (node.kind === ts.SyntaxKind.TrueKeyword) return { ...list, unresolved: ["true (any origin)"] };
  if (ts.isRegularExpressionLiteral(node) || ts.isFunctionLike(node)) return { ...list, unresolved: [node.getText().slice(0, 40)] };
  const value = evaluator.evaluate(node);
  if (value.kind === "known") return { values: valuesOf(value), unresolved: [], origin: value.origin.length > 0 ? value.origin : [locationOf(node)] };
  return { ...list, unresolved: [value.kind === "unknown" ? value.reason : "supplied by a caller"] };
}

function merge(into: StringList, from: StringList): void {
  into.values.push(...from.values.filter((v) => !into.values.includes(v)));
  into.unresolved.push(...from.unresolved);
  into.origin.push(...from.origin);
}

/** The initializer of a `const` an identifier refers to (in any module), or undefined. */
function constInitializer(ts: TS, checker: ts.TypeChecker, identifier: ts.Identifier): ts.Expression | undefined {
  let symbol = checker.getSymbolAtLocation(identifier);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  const list = declaration.parent;
  if (!ts.isVariableDeclarationList(list) || !(list.flags & ts.NodeFlags.Const)) return undefined;
  return declaration.initializer;
}
