import type ts from "typescript";
import type { TS } from "../flow/values/typescript-module.js";
import { isEvaluableFunction } from "../flow/values/index.js";
import { CallIndex } from "../flow/taint/call-index.js";
import { callableNames, functionName } from "../flow/taint/units.js";

/** A function through which data enters code: a job, a route handler, a consumer callback. */
export interface EntryPoint {
  node: ts.Node;
  name: string;
  /** The calls from the entry point down to the function around the read (outermost first). */
  via: (ts.CallExpression | ts.NewExpression)[];
}

export interface EntryPointFinder {
  /**
   * The entry points through which a read's data enters: for a queue consumer, the callback it runs
   * per message; otherwise the functions that start the work — walking up from the function around
   * the read through the project's calls of it, to functions nothing in the project calls (a job
   * registered by reference, an exported API), handlers passed to a framework, and functions called
   * only at a module's top level. Callers in files `keep` rejects (code deployed elsewhere) are not
   * followed.
   */
  entryPointsOf(read: ts.CallExpression | ts.NewExpression, queueConsumer: boolean, keep: (file: ts.SourceFile) => boolean): EntryPoint[];
}

const MAX_LEVELS = 12;
const MAX_ENTRIES = 64;

export function createEntryPointFinder(ts: TS, checker: ts.TypeChecker, files: readonly ts.SourceFile[]): EntryPointFinder {
  let index: CallIndex | undefined;
  const callers = new Map<ts.Node, (ts.CallExpression | ts.NewExpression)[]>();

  /** Calls of `func` in the project, confirmed by the checker. */
  const callersOf = (func: ts.FunctionLikeDeclaration): (ts.CallExpression | ts.NewExpression)[] => {
    let found = callers.get(func);
    if (found) return found;
    found = [];
    index ??= new CallIndex(ts, files);
    for (const name of callableNames(ts, func)) {
      for (const call of index.callsNamed(name)) if (!found.includes(call) && calleeOf(ts, checker, call) === func) found.push(call);
    }
    callers.set(func, found);
    return found;
  };

  const entryPointsOf: EntryPointFinder["entryPointsOf"] = (read, queueConsumer, keep) => {
    if (queueConsumer) {
      for (const argument of read.arguments ?? []) {
        const callback = firstCallback(ts, argument);
        if (callback) return [{ node: callback, name: nameOf(ts, callback), via: [] }];
      }
    }
    const start = outermostFunction(ts, read);
    if (!start) return [{ node: read, name: "<module>", via: [] }];
    const entries = new Map<ts.Node, EntryPoint>();
    const seen = new Set<ts.Node>();
    const climb = (func: ts.FunctionLikeDeclaration, via: (ts.CallExpression | ts.NewExpression)[], level: number): void => {
      if (entries.size >= MAX_ENTRIES) return;
      if (seen.has(func)) return;
      seen.add(func);
      const calls = level < MAX_LEVELS ? callersOf(func).filter((call) => keep(call.getSourceFile())) : [];
      let climbed = false;
      for (const call of calls) {
        const caller = outermostFunction(ts, call);
        if (!caller || caller === func) continue; // a call at a module's top level (or recursion): `func` starts the work
        climbed = true;
        climb(caller, [call, ...via], level + 1);
      }
      if (!climbed && !entries.has(func)) entries.set(func, { node: func, name: nameOf(ts, func), via });
    };
    climb(start, [], 0);
    return [...entries.values()];
  };

  return { entryPointsOf };
}

/** The outermost function around `node` in its file, not leaving a class (a method is its own entry). */
function outermostFunction(ts: TS, node: ts.Node): ts.FunctionLikeDeclaration | undefined {
  let outermost: ts.FunctionLikeDeclaration | undefined;
  for (let current = node.parent; current && !ts.isSourceFile(current); current = current.parent) {
    if (isEvaluableFunction(ts, current)) outermost = current;
    if (ts.isClassDeclaration(current) || ts.isClassExpression(current)) break;
  }
  return outermost;
}

/** The project function a call runs (its declaration, or the function a `const` holds). */
function calleeOf(ts: TS, checker: ts.TypeChecker, call: ts.CallExpression | ts.NewExpression): ts.Node | undefined {
  const callee = call.expression;
  const target = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
  let symbol = checker.getSymbolAtLocation(target);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  for (const declaration of symbol?.declarations ?? []) {
    if (isEvaluableFunction(ts, declaration)) return declaration;
    if ((ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration) || ts.isPropertyDeclaration(declaration)) && declaration.initializer) {
      let initializer: ts.Expression = declaration.initializer;
      while (ts.isParenthesizedExpression(initializer) || ts.isAsExpression(initializer) || ts.isSatisfiesExpression(initializer))
        initializer = initializer.expression;
      if (isEvaluableFunction(ts, initializer)) return initializer;
    }
    if ((ts.isClassDeclaration(declaration) || ts.isClassExpression(declaration)) && ts.isNewExpression(call)) {
      return declaration.members.find((m) => ts.isConstructorDeclaration(m) && m.body !== undefined);
    }
  }
  return undefined;
}

function firstCallback(ts: TS, argument: ts.Expression): ts.FunctionLikeDeclaration | undefined {
  if (isEvaluableFunction(ts, argument)) return argument;
  if (!ts.isObjectLiteralExpression(argument)) return undefined;
  for (const property of argument.properties) {
    if (ts.isPropertyAssignment(property) && isEvaluableFunction(ts, property.initializer)) return property.initializer;
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
