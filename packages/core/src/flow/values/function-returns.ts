import type ts from "typescript";
import type { ParameterValue, StaticValue } from "./static-value.js";
import type { TS } from "./typescript-module.js";
import { unionValues, unknownValue } from "./static-value.js";
import { locationOf } from "./source-location.js";
import { resolveDefinition, type DefinitionContext } from "./definitions.js";
import { isEvaluableFunction, returnedExpressions, unwrapExpression } from "./expression-shapes.js";

/**
 * Calls of project functions in static values: `getBaseUrl()`, `withBase(path)`,
 * `this.getEndpointUrl("vehicles")` (a method, also one inherited from a base
 * class in another file), `Endpoints.forRegion(region)` (a static method). The
 * value is what the function returns, seen from the call: the call's arguments
 * are bound to the function's parameters, branch by branch.
 */
export type CalledFunction = { kind: "function"; func: ts.FunctionLikeDeclaration } | { kind: "none"; value: StaticValue };

export function calledFunction(context: DefinitionContext, call: ts.CallExpression): CalledFunction {
  const { ts, checker } = context;
  const here = locationOf(call);
  const callee = unwrapExpression(ts, call.expression);
  const definition = resolveDefinition(context, callee);
  let func: ts.Node | undefined;
  if (definition.kind === "expression") func = definition.expression;
  else if (definition.kind === "declaration") func = definition.declaration;
  else if (definition.kind === "parameter") return { kind: "none", value: unknownValue(`${callee.getText()} is a caller-supplied function`, here) };
  if (!func || !isEvaluableFunction(ts, func)) {
    // A method (`this.endpoint(…)`, `Client.url(…)`, inherited ones too): the checker knows its declaration.
    const name = ts.isPropertyAccessExpression(callee) ? callee.name : ts.isElementAccessExpression(callee) ? callee.argumentExpression : undefined;
    const symbol = name ? checker.getSymbolAtLocation(name) : undefined;
    func = symbol?.declarations?.find(
      (d) =>
        isEvaluableFunction(ts, d) ||
        (ts.isPropertyDeclaration(d) && d.initializer !== undefined && isEvaluableFunction(ts, unwrapExpression(ts, d.initializer))),
    );
    if (func && ts.isPropertyDeclaration(func)) func = unwrapExpression(ts, func.initializer!);
    // JavaScript declares a helper by assigning it: `util.getUrl = function (…) {…}`.
    func ??= symbol?.declarations?.map((d) => assignedValue(ts, d)).find((value) => value !== undefined && isEvaluableFunction(ts, value));
  }
  if (!func || !isEvaluableFunction(ts, func) || func.getSourceFile().isDeclarationFile) {
    if (definition.kind === "unknown" && !func) return { kind: "none", value: definition.value };
    return { kind: "none", value: unknownValue(`result of ${callee.getText().slice(0, 60)}(…) is not statically known`, here) };
  }
  return { kind: "function", func };
}

/** The right side of the assignment that declares a JavaScript property (`obj.name = …`). */
function assignedValue(ts: TS, declaration: ts.Declaration): ts.Expression | undefined {
  const assignment = ts.isBinaryExpression(declaration) ? declaration : declaration.parent;
  if (!assignment || !ts.isBinaryExpression(assignment) || assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
  if (assignment !== declaration && (assignment.left as ts.Node) !== declaration) return undefined;
  return unwrapExpression(ts, assignment.right);
}

export interface ReturnBinding {
  evaluate(expression: ts.Expression, depth: number): StaticValue;
  bindParameter(value: ParameterValue, call: ts.CallExpression | ts.NewExpression, depth: number): StaticValue;
}

/**
 * What `func` returns at `call`: each return, with conditional branches
 * (`value ? value.split(",") : fallback`) and fallbacks (`url ?? DEFAULT`) taken
 * apart so that each is bound to the call's arguments on its own.
 */
export function returnedValue(
  context: DefinitionContext,
  func: ts.FunctionLikeDeclaration,
  call: ts.CallExpression,
  depth: number,
  binding: ReturnBinding,
): StaticValue {
  const { ts } = context;
  const here = locationOf(call);
  const returned = returnedExpressions(ts, func);
  if (returned.length === 0) return unknownValue(`${call.expression.getText().slice(0, 60)} returns no value`, here);
  const branch = (expression: ts.Expression, level: number): StaticValue => {
    const node = unwrapExpression(ts, expression);
    if (level < 8 && ts.isConditionalExpression(node)) return unionValues([branch(node.whenTrue, level + 1), branch(node.whenFalse, level + 1)], here);
    if (
      level < 8 &&
      ts.isBinaryExpression(node) &&
      (node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || node.operatorToken.kind === ts.SyntaxKind.BarBarToken)
    ) {
      const left = branch(node.left, level + 1);
      if (left.kind === "known" && !(node.operatorToken.kind === ts.SyntaxKind.BarBarToken && left.value === "")) return left;
      const right = branch(node.right, level + 1);
      if (left.kind === "known") return right;
      // An environment read with a static fallback: the fallback ships, the environment may replace it.
      if (left.kind === "unknown" && left.env !== undefined && right.kind === "known") return { ...right, overridable: right.overridable ?? { env: left.env } };
      return left;
    }
    const value = binding.evaluate(node, depth + 1);
    return value.kind === "parameter" && value.func === func ? binding.bindParameter(value, call, depth + 1) : value;
  };
  return unionValues(
    returned.map((expression) => branch(expression, 0)),
    here,
  );
}

/**
 * The declaration a call or `new` runs, when its body is visible (a project or generated file): what gives
 * an argument the call leaves out its default. A class without a constructor runs its base class's.
 */
export function runDeclaration(context: DefinitionContext, call: ts.CallExpression | ts.NewExpression): ts.SignatureDeclaration | undefined {
  const { ts, checker } = context;
  if (ts.isCallExpression(call)) {
    const called = calledFunction(context, call);
    return called.kind === "function" ? called.func : undefined;
  }
  let symbol = checker.getSymbolAtLocation(unwrapExpression(ts, call.expression));
  for (let depth = 0; symbol && depth < 8; depth++) {
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const cls = symbol.declarations?.find((d): d is ts.ClassLikeDeclaration => ts.isClassLike(d));
    if (!cls || cls.getSourceFile().isDeclarationFile) return undefined;
    const own = cls.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && m.body !== undefined);
    if (own) return own;
    const base = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
    symbol = base ? checker.getSymbolAtLocation(base) : undefined;
  }
  return undefined;
}
