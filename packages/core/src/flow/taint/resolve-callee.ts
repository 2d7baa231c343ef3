import type ts from "typescript";
import type { EngineContext } from "./engine-context.js";
import { isFunctionWithBody } from "./units.js";
import { isLibraryDeclaration } from "../sinks/package-names.js";

/** The project function a call runs, when its body is in the analysed project. */
export function resolveCallee(ctx: EngineContext, call: ts.CallExpression | ts.NewExpression): ts.FunctionLikeDeclaration | undefined {
  const ts = ctx.ts;
  const callee = call.expression;
  if (isFunctionWithBody(ts, callee)) return callee;
  const target = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
  let symbol = ctx.checker.getSymbolAtLocation(target);
  if (!symbol) return undefined;
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = ctx.checker.getAliasedSymbol(symbol);
  const mergesWithLibrary = symbol.declarations?.some(isLibraryDeclaration) ?? false;
  for (const declaration of symbol.declarations ?? []) {
    // A script's top-level `function fetch(…)` merges with the global a library declares (TypeScript's lib,
    // @types/node). It is that global only where the script itself is the scope: a call in another file is
    // judged as the library's (a sink stays a sink), per call site.
    if (mergesWithLibrary && declaration.getSourceFile() !== call.getSourceFile()) continue;
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

