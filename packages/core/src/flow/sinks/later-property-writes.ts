import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import { functionOrFileAround, unwrapExpression } from "../values/expression-shapes.js";

/*
 * Request options built in steps, the way plain-JavaScript SDKs write them:
 *
 *   const init = { method: "POST", headers };
 *   if (body) init.body = JSON.stringify(body);
 *   await fetch(url, init);
 *
 * The literal that declares `init` has no `body`, yet the call sends one. A
 * selector that finds the property absent from the declaration looks for the
 * writes `init.body = …` (or `init["body"] = …`) to the same variable in the
 * function that makes the call, and takes the last one before it.
 */

/** The value last written to `variable.<key>` before `call`, in the function around the call. */
export function laterPropertyWrite(ts: TS, checker: ts.TypeChecker, variable: ts.Expression, key: string, call: ts.Node): ts.Expression | undefined {
  const target = unwrapExpression(ts, variable);
  if (!ts.isIdentifier(target)) return undefined;
  const symbol = checker.getSymbolAtLocation(target);
  if (!symbol) return undefined;
  let last: ts.Expression | undefined;
  for (const write of propertyWritesAround(ts, call, call.getStart())) {
    if (write.key !== key) continue;
    const owner = unwrapExpression(ts, write.owner);
    if (ts.isIdentifier(owner) && checker.getSymbolAtLocation(owner) === symbol) last = write.value;
  }
  return last;
}

/** An assignment `owner.key = value` or `owner["key"] = value`; `key` is undefined for a computed name. */
export interface PropertyWrite {
  owner: ts.Expression;
  key: string | undefined;
  value: ts.Expression;
}

/**
 * The property assignments in the function (or file) around `node`, in source order; with `before`, only those
 * that start before that offset. Callers match the owner themselves, so the checker is asked only for the writes
 * whose key they want.
 */
export function propertyWritesAround(ts: TS, node: ts.Node, before?: number): PropertyWrite[] {
  const scope = functionOrFileAround(ts, node);
  const writes: PropertyWrite[] = [];
  const visit = (child: ts.Node): void => {
    if (before !== undefined && child.getStart() >= before) return;
    if (ts.isBinaryExpression(child) && child.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = unwrapExpression(ts, child.left);
      if (ts.isPropertyAccessExpression(left) || ts.isElementAccessExpression(left))
        writes.push({ owner: left.expression, key: writtenKey(ts, left), value: child.right });
    }
    ts.forEachChild(child, visit);
  };
  ts.forEachChild(scope, visit);
  return writes;
}

function writtenKey(ts: TS, left: ts.PropertyAccessExpression | ts.ElementAccessExpression): string | undefined {
  if (ts.isPropertyAccessExpression(left)) return left.name.text;
  return ts.isStringLiteralLike(left.argumentExpression) ? left.argumentExpression.text : undefined;
}
