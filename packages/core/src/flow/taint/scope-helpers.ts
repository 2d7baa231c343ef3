import type ts from "typescript";
import { isFunctionWithBody, isRootFunction } from "./units.js";

/** Small syntactic questions the function analysis asks about declarations and their scopes. */

export function propertyKey(ts: typeof import("typescript"), element: ts.BindingElement): string | undefined {
  const name = element.propertyName ?? element.name;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

export function literalKey(ts: typeof import("typescript"), expression: ts.Expression): string | undefined {
  return ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression) ? expression.text : undefined;
}

export function nearestFunction(ts: typeof import("typescript"), node: ts.Node): ts.Node | undefined {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (isFunctionWithBody(ts, current)) return current;
    if (ts.isSourceFile(current)) return current;
  }
  return undefined;
}

/** Declarations inside functions that the module unit walks inline (top-level callbacks). */
export function isInsideNonRoot(ts: typeof import("typescript"), declaration: ts.Node): boolean {
  for (let current: ts.Node | undefined = declaration.parent; current; current = current.parent) {
    if (isFunctionWithBody(ts, current)) return !isRootFunction(ts, current) && isInsideNonRootChain(ts, current);
  }
  return false;
}

function isInsideNonRootChain(ts: typeof import("typescript"), fn: ts.Node): boolean {
  for (let current: ts.Node | undefined = fn.parent; current; current = current.parent) {
    if (isFunctionWithBody(ts, current) && isRootFunction(ts, current)) return false;
  }
  return true;
}
