import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import { propertyNameText, unwrapExpression } from "../values/expression-shapes.js";

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
export function headerPayloads(ts: TS, property: readonly string[] | undefined, expression: ts.Expression): ts.Expression[] {
  if (property?.at(-1)?.toLowerCase() !== "headers") return [expression];
  const literal = unwrapExpression(ts, expression);
  if (!ts.isObjectLiteralExpression(literal)) return [expression];
  const kept: ts.Expression[] = [];
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
