import type ts from "typescript";
import type { UnitAnalysis } from "./unit-analysis.js";
import { propertyKey, literalKey } from "./scope-helpers.js";
import { flatten, hasOrigin, readField, union, withField, withStep, type Taint } from "./taint.js";
import { untypedBindingTaint } from "./untyped-signals.js";
import { isClassFieldDeclaration } from "./cells.js";
import { withoutProperties } from "./payload-shaping.js";

/*
 * Where values go when a unit assigns them: variables and destructuring
 * patterns, property paths (field-sensitive), class fields and module
 * variables (cells, shared across units).
 */

/** Binds a declaration or destructuring pattern to a value. */
export function bindName(a: UnitAnalysis, name: ts.BindingName, value: Taint): void {
  const ts = a.ts;
  if (ts.isIdentifier(name)) {
    const symbol = a.checker.getSymbolAtLocation(name);
    if (symbol) a.assignSymbol(symbol, withStep(value, a.step(name, `assigned to ${name.text}`)));
    return;
  }
  const patternType = ts.isObjectBindingPattern(name) ? a.checker.getTypeAtLocation(name) : undefined;
  for (const element of name.elements) {
    if (ts.isOmittedExpression(element)) continue;
    let part = value;
    // `const { billingAccount, ...shareable } = cdr`: the rest holds every property but the ones named before it.
    if (ts.isObjectBindingPattern(name) && element.dotDotDotToken) part = restOf(ts, name, value);
    if (patternType && !element.dotDotDotToken) {
      const key = propertyKey(ts, element);
      if (key === undefined) part = flatten(value);
      else {
        part = readField(value, key);
        part = union(part, a.propertyOriginTaint(patternType.getProperty(key), element));
        if (!hasOrigin(part)) part = union(part, untypedBindingTaint(a, element, key, patternType));
      }
    }
    if (element.initializer) part = union(part, a.evalExpr(element.initializer));
    bindName(a, element.name, part);
  }
}

/** What the rest element of an object pattern holds: the value without the properties its siblings take. */
function restOf(ts: typeof import("typescript"), pattern: ts.ObjectBindingPattern, value: Taint): Taint {
  const taken: string[] = [];
  for (const sibling of pattern.elements) {
    if (sibling.dotDotDotToken) continue;
    const key = propertyKey(ts, sibling);
    if (key === undefined) return value; // a computed key: vdx cannot tell what the rest lacks
    taken.push(key);
  }
  return withoutProperties(value, taken);
}

/** Assignment to an expression target (`x = v`, `a.b.c = v`, `[a, b] = v`). */
export function assignTo(a: UnitAnalysis, target: ts.Expression, value: Taint): void {
  const ts = a.ts;
  if (ts.isIdentifier(target)) {
    const symbol = a.checker.getSymbolAtLocation(target);
    if (symbol) a.assignSymbol(symbol, withStep(value, a.step(target, `assigned to ${target.text}`)));
    return;
  }
  if (ts.isParenthesizedExpression(target) || ts.isNonNullExpression(target) || ts.isAsExpression(target)) {
    assignTo(a, target.expression, value);
    return;
  }
  if (ts.isArrayLiteralExpression(target)) {
    for (const element of target.elements) assignTo(a, ts.isSpreadElement(element) ? element.expression : element, value);
    return;
  }
  if (ts.isObjectLiteralExpression(target)) {
    for (const property of target.properties) {
      if (ts.isShorthandPropertyAssignment(property)) assignTo(a, property.name, readField(value, property.name.text));
      else if (ts.isPropertyAssignment(property)) {
        const key = property.name.getText();
        assignTo(a, property.initializer, readField(value, key));
      }
    }
    return;
  }
  if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) {
    const key = ts.isPropertyAccessExpression(target) ? target.name.text : literalKey(ts, target.argumentExpression);
    const property = a.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(target) ? target.name : target);
    const cellDeclaration = property?.valueDeclaration;
    if (isClassFieldDeclaration(ts, cellDeclaration)) {
      a.writeCell(cellDeclaration, withStep(value, a.step(target, `stored in ${target.getText()}`)));
      return;
    }
    assignInto(a, target.expression, key, value);
  }
}

/** `receiver.key = value` or, without a key, `receiver.push(value)`: the receiver now carries the value. */
export function assignInto(a: UnitAnalysis, receiver: ts.Expression, key: string | undefined, value: Taint): void {
  const ts = a.ts;
  const inner = receiver;
  if (ts.isIdentifier(inner)) {
    const symbol = a.checker.getSymbolAtLocation(inner);
    if (!symbol) return;
    const current = a.currentValue(symbol);
    const next = key === undefined ? union(current, value) : withField(current, key, value);
    a.assignSymbol(symbol, next);
    return;
  }
  if (ts.isPropertyAccessExpression(inner) || ts.isElementAccessExpression(inner)) {
    const outerKey = ts.isPropertyAccessExpression(inner) ? inner.name.text : literalKey(ts, inner.argumentExpression);
    const wrapped: Taint = key === undefined ? value : { labels: [], fields: new Map([[key, value]]) };
    const property = a.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(inner) ? inner.name : inner);
    const declaration = property?.valueDeclaration;
    if (isClassFieldDeclaration(ts, declaration)) {
      a.writeCell(declaration, wrapped);
      return;
    }
    assignInto(a, inner.expression, outerKey, wrapped);
  }
}
