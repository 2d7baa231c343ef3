import type ts from "typescript";
import type { TS } from "../flow/values/typescript-module.js";
import { isFunctionWithBody } from "../flow/values/index.js";
import { functionName } from "../flow/taint/units.js";

/**
 * The entry point through which data arrives in code: for a queue consumer,
 * the callback it runs per message; otherwise the outermost function around
 * the read (a route handler, a job, a service method).
 */
export function entryPointOf(ts: TS, read: ts.CallExpression | ts.NewExpression): { node: ts.Node; name: string } {
  for (const argument of read.arguments ?? []) {
    const callback = firstCallback(ts, argument);
    if (callback) return { node: callback, name: nameOf(ts, callback) };
  }
  let outermost: ts.Node | undefined;
  for (let current = read.parent; current && !ts.isSourceFile(current); current = current.parent) {
    if (isFunctionWithBody(ts, current)) outermost = current;
    if (ts.isClassDeclaration(current)) break;
  }
  return outermost ? { node: outermost, name: nameOf(ts, outermost) } : { node: read, name: "<module>" };
}

function firstCallback(ts: TS, argument: ts.Expression): ts.FunctionLikeDeclaration | undefined {
  if (isFunctionWithBody(ts, argument)) return argument as ts.FunctionLikeDeclaration;
  if (!ts.isObjectLiteralExpression(argument)) return undefined;
  for (const property of argument.properties) {
    if (ts.isPropertyAssignment(property) && isFunctionWithBody(ts, property.initializer)) return property.initializer as ts.FunctionLikeDeclaration;
    if (ts.isMethodDeclaration(property) && property.body) return property;
  }
  return undefined;
}

function nameOf(ts: TS, node: ts.Node): string {
  const own = functionName(ts, node);
  if (own !== "<anonymous>") return own;
  const parent = node.parent;
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  if (parent && ts.isCallExpression(parent)) return `${parent.expression.getText().slice(0, 40)} callback`;
  return own;
}

/** Where an entry point is reported: its name, or its start. */
export function entryLocationNode(ts: TS, node: ts.Node): ts.Node {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name && (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node))) return named.name;
  return node;
}
