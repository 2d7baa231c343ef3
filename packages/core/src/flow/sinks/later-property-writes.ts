import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import { unwrapExpression } from "../values/expression-shapes.js";

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
  let scope: ts.Node = call;
  while (scope.parent && !ts.isFunctionLike(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
  const callStart = call.getStart();
  let last: ts.Expression | undefined;
  const visit = (node: ts.Node): void => {
    if (node.getStart() >= callStart) return;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = unwrapExpression(ts, node.left);
      if (writtenKey(ts, left) === key) {
        const owner = unwrapExpression(ts, (left as ts.PropertyAccessExpression | ts.ElementAccessExpression).expression);
        if (ts.isIdentifier(owner) && checker.getSymbolAtLocation(owner) === symbol) last = node.right;
      }
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(scope, visit);
  return last;
}

function writtenKey(ts: TS, left: ts.Expression): string | undefined {
  if (ts.isPropertyAccessExpression(left)) return left.name.text;
  if (ts.isElementAccessExpression(left) && ts.isStringLiteralLike(left.argumentExpression)) return left.argumentExpression.text;
  return undefined;
}
