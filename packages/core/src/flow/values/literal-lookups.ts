import type ts from "typescript";
import type { StaticValue } from "./static-value.js";
import { unionValues, unknownValue } from "./static-value.js";
import { locationOf } from "./source-location.js";
import { resolveDefinition, type DefinitionContext } from "./definitions.js";
import { unwrapExpression } from "./expression-shapes.js";

/**
 * Lookups in literal tables with a key known only at run time:
 * `HOSTS[region]` on `const HOSTS = { eu: "https://…", cn: "https://…" }`,
 * `REGIONS.get(code)` on `new Map([["eu", "https://…"], …])`, `MIRRORS[i]` on an
 * array literal. The result is any one of the table's values: each is judged.
 */
type Evaluate = (expression: ts.Expression) => StaticValue;

/** Every value a literal table holds, or undefined when `table` is not a literal object, array or `Map`. */
export function literalTableValues(context: DefinitionContext, table: ts.Expression, evaluate: Evaluate): StaticValue | undefined {
  const { ts } = context;
  const definition = resolveDefinition(context, table);
  if (definition.kind !== "expression") return undefined;
  const target = unwrapExpression(ts, definition.expression);
  const here = locationOf(table);
  if (ts.isObjectLiteralExpression(target)) {
    const values: StaticValue[] = [];
    for (const property of target.properties) {
      if (ts.isPropertyAssignment(property)) values.push(evaluate(property.initializer));
      else if (ts.isShorthandPropertyAssignment(property)) values.push(evaluate(property.name));
      else if (ts.isSpreadAssignment(property))
        values.push(literalTableValues(context, property.expression, evaluate) ?? unknownValue("spread of a table not known statically", here));
      else return unknownValue("table entry computed by a method or accessor", locationOf(property));
    }
    return values.length > 0 ? unionValues(values, here) : unknownValue("empty table", here);
  }
  if (ts.isArrayLiteralExpression(target)) return arrayElementValues(context, target, evaluate);
  if (ts.isNewExpression(target) && ts.isIdentifier(target.expression) && target.expression.text === "Map") {
    const entries = target.arguments?.[0];
    const list = entries ? resolveDefinition(context, entries) : undefined;
    if (list?.kind !== "expression" || !ts.isArrayLiteralExpression(unwrapExpression(ts, list.expression)))
      return unknownValue("Map entries not known statically", here);
    const values: StaticValue[] = [];
    for (const entry of (unwrapExpression(ts, list.expression) as ts.ArrayLiteralExpression).elements) {
      const pair = unwrapExpression(ts, entry);
      if (!ts.isArrayLiteralExpression(pair) || !pair.elements[1]) return unknownValue("Map entry not known statically", locationOf(entry));
      values.push(evaluate(pair.elements[1]));
    }
    return values.length > 0 ? unionValues(values, here) : unknownValue("empty Map", here);
  }
  return undefined;
}

/** `["https://a…", "https://b…"]`: a list of hosts stands for any one of them (a loop over it, a fallback list). */
export function arrayElementValues(context: DefinitionContext, array: ts.ArrayLiteralExpression, evaluate: Evaluate): StaticValue {
  const { ts } = context;
  const here = locationOf(array);
  const values: StaticValue[] = [];
  for (const element of array.elements) {
    if (ts.isSpreadElement(element)) values.push(literalTableValues(context, element.expression, evaluate) ?? evaluate(element.expression));
    else if (!ts.isOmittedExpression(element)) values.push(evaluate(element));
  }
  return values.length > 0 ? unionValues(values, here) : unknownValue("empty list", here);
}
