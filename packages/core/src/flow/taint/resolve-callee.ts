import type ts from "typescript";
import type { EngineContext } from "./engine-context.js";
import { isFunctionWithBody } from "./units.js";
import { isLibraryDeclaration } from "../sinks/package-names.js";

/** How many classes up an `extends` chain a constructor is looked for (a class without one runs its base's). */
const MAX_BASE_CLASSES = 8;

/**
 * The project function a call runs, when its body is in the analysed project. A `new` of a class
 * without its own constructor runs its base class's; `super(…)` runs the base class's constructor.
 */
export function resolveCallee(ctx: EngineContext, call: ts.CallExpression | ts.NewExpression): ts.FunctionLikeDeclaration | undefined {
  const ts = ctx.ts;
  const callee = call.expression;
  if (isFunctionWithBody(ts, callee)) return callee;
  if (callee.kind === ts.SyntaxKind.SuperKeyword) {
    let owner: ts.Node | undefined = call.parent;
    while (owner && !ts.isClassLike(owner)) owner = owner.parent;
    const base = owner ? baseClassOf(ctx, owner) : undefined;
    return base ? constructorOf(ctx, base, 0) : undefined;
  }
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
      candidate = constructorOf(ctx, declaration, 0);
    } else if (
      (ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration) || ts.isPropertyDeclaration(declaration)) &&
      declaration.initializer
    ) {
      candidate = unwrap(ts, declaration.initializer);
    } else if (ts.isExportAssignment(declaration)) {
      // `export default async (options) => {…}`: the default export is the function itself.
      candidate = unwrap(ts, declaration.expression);
    } else {
      // JavaScript declares a method by assigning it: `Client.prototype.send = function (…) {…}`,
      // `exports.post = async (…) => {…}` (the binder's declaration is the assignment or its left side).
      const assigned = assignedFunction(ts, declaration);
      if (assigned) candidate = assigned;
    }
    if (candidate && isFunctionWithBody(ts, candidate) && ctx.isSummarised(candidate.getSourceFile())) return candidate;
  }
  return undefined;
}

/** The constructor a `new` of `cls` runs: its own, or (none written) the nearest base class's. */
function constructorOf(ctx: EngineContext, cls: ts.ClassLikeDeclaration, depth: number): ts.ConstructorDeclaration | undefined {
  const own = cls.members.find((m): m is ts.ConstructorDeclaration => ctx.ts.isConstructorDeclaration(m) && m.body !== undefined);
  if (own || depth >= MAX_BASE_CLASSES) return own;
  const base = baseClassOf(ctx, cls);
  return base ? constructorOf(ctx, base, depth + 1) : undefined;
}

/** The class `cls` extends, when the project declares it. */
export function baseClassOf(ctx: EngineContext, cls: ts.ClassLikeDeclaration): ts.ClassLikeDeclaration | undefined {
  const ts = ctx.ts;
  const heritage = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  if (!heritage) return undefined;
  let symbol = ctx.checker.getSymbolAtLocation(heritage.expression);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = ctx.checker.getAliasedSymbol(symbol);
  const declaration = symbol?.declarations?.find((d) => ts.isClassLike(d));
  return declaration && ts.isClassLike(declaration) && !declaration.getSourceFile().isDeclarationFile ? declaration : undefined;
}

function assignedFunction(ts: typeof import("typescript"), declaration: ts.Declaration): ts.Expression | undefined {
  const assignment = ts.isBinaryExpression(declaration) ? declaration : declaration.parent;
  if (!assignment || !ts.isBinaryExpression(assignment) || assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
  if (assignment !== declaration && (assignment.left as ts.Node) !== declaration) return undefined;
  return unwrap(ts, assignment.right);
}

function unwrap(ts: typeof import("typescript"), expression: ts.Expression): ts.Expression {
  let current = expression;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current)) current = current.expression;
  return current;
}
