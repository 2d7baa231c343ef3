import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import { propertyNameText, unwrapExpression } from "../values/expression-shapes.js";
import { propertyWritesAround } from "./later-property-writes.js";

/**
 * Headers that authenticate the caller to the server it calls. A bearer token, an API key or a
 * basic credential was issued by (or registered with) that server: sending it back proves who is
 * calling and discloses nothing the receiver does not already hold, so it is not exported data.
 * Client credentials posted in a body to obtain a token stay payload (they are the secret itself).
 */
const AUTHENTICATION_HEADERS = new Set(["authorization", "proxy-authorization"]);

/**
 * The payload expressions of a selected `headers` object: the value of every header written in an
 * object literal except the authentication headers; anything else (a variable, `new Headers(…)`)
 * is taken whole.
 */
export function headerPayloads(ts: TS, property: readonly string[] | undefined, expression: ts.Expression, checker?: ts.TypeChecker): ts.Expression[] {
  if (property?.at(-1)?.toLowerCase() !== "headers") return [expression];
  let literal = unwrapExpression(ts, expression);
  // `const headers = { Authorization: … }; fetch(url, { headers })`: the headers built just before the call.
  const built = checker && ts.isIdentifier(literal) ? headersVariable(ts, checker, literal) : undefined;
  if (built) literal = built.literal;
  if (!ts.isObjectLiteralExpression(literal)) return [expression];
  const kept: ts.Expression[] = built ? [...built.laterWrites] : [];
  for (const element of literal.properties) {
    if (ts.isSpreadAssignment(element)) kept.push(element.expression);
    else if (ts.isShorthandPropertyAssignment(element)) {
      if (!AUTHENTICATION_HEADERS.has(element.name.text.toLowerCase())) kept.push(element.name);
    } else if (ts.isPropertyAssignment(element)) {
      const name = propertyNameText(ts, element.name);
      if (name === undefined || !AUTHENTICATION_HEADERS.has(name.toLowerCase())) kept.push(element.initializer);
    }
  }
  return kept;
}

/**
 * A `const` whose initializer is an object literal, with the values later written into it under names other
 * than the authentication headers (`headers["x-vin"] = vin` stays payload).
 */
function headersVariable(
  ts: TS,
  checker: ts.TypeChecker,
  name: ts.Identifier,
): { literal: ts.ObjectLiteralExpression; laterWrites: ts.Expression[] } | undefined {
  const symbol =
    name.parent && ts.isShorthandPropertyAssignment(name.parent) ? checker.getShorthandAssignmentValueSymbol(name.parent) : checker.getSymbolAtLocation(name);
  const declaration = symbol?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  if (!(ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const)) return undefined;
  const literal = unwrapExpression(ts, declaration.initializer);
  if (!ts.isObjectLiteralExpression(literal)) return undefined;
  const laterWrites: ts.Expression[] = [];
  for (const write of propertyWritesAround(ts, declaration)) {
    if (!ts.isIdentifier(write.owner) || checker.getSymbolAtLocation(write.owner) !== symbol) continue;
    if (write.key === undefined || !AUTHENTICATION_HEADERS.has(write.key.toLowerCase())) laterWrites.push(write.value);
  }
  return { literal, laterWrites };
}
