import type ts from "typescript";
import type { EngineContext } from "./engine-context.js";
import { isFunctionWithBody } from "./units.js";

/** The project function a call runs, when its body is in the analysed project. */
export function resolveCallee(ctx: EngineContext, call: ts.CallExpression | ts.NewExpression): ts.FunctionLikeDeclaration | undefined {
  const ts = ctx.ts;
  const callee = call.expression;
  if (isFunctionWithBody(ts, callee)) return callee;
  const target = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
  let symbol = ctx.checker.getSymbolAtLocation(target);
  if (!symbol) return undefined;
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = ctx.checker.getAliasedSymbol(symbol);
  for (const declaration of symbol.declarations ?? []) {
    let candidate: ts.Node | undefined = declaration;
    if (ts.isClassDeclaration(declaration) || ts.isClassExpression(declaration)) {
      candidate = declaration.members.find((m) => ts.isConstructorDeclaration(m) && m.body !== undefined);
    } else if ((ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration) || ts.isPropertyDeclaration(declaration)) && declaration.initializer) {
      candidate = unwrap(ts, declaration.initializer);
    }
    if (candidate && isFunctionWithBody(ts, candidate) && ctx.isSummarised(candidate.getSourceFile())) return candidate;
  }
  return undefined;
}

function unwrap(ts: typeof import("typescript"), expression: ts.Expression): ts.Expression {
  let current = expression;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current)) current = current.expression;
  return current;
}

