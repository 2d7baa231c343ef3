import type ts from "typescript";
import type { SourceLocation } from "../model/location.js";
import type { RouteControllers, RouteFramework, RouteResponse } from "../model/pack.js";
import type { StaticEvaluator } from "../flow/values/static-evaluator.js";
import { isEvaluableFunction, locationOf, unwrapExpression, valuesOf, type TS } from "../flow/values/index.js";
import type { RemoteMatchers } from "./remote-matchers.js";

/** One route of a web framework: where it is registered, its path, its handlers and how they answer. */
export interface Route {
  framework: string;
  /** `GET`, `POST`…, or `ANY`. */
  method: string;
  /** Static route path (`/v1/sessions/:id`), or `<dynamic>`. */
  path: string;
  /** The registering call, or the controller method (NestJS). */
  node: ts.Node;
  location: SourceLocation;
  /** Handler functions visible in the code (inline or resolved through identifiers). */
  handlers: ts.FunctionLikeDeclaration[];
  /** Handlers written inline in the registering call (their locals are analysed with the call's unit). */
  inline: boolean;
  response: RouteResponse;
  /** Where the registering call types the request body (routes.yaml `requestBody`). */
  requestBody?: RouteFramework["requestBody"];
}

/** What routes are registered on: a router or app held by a variable or field, or a plugin function's instance parameter. */
export type RouteHolder = ts.Symbol | ts.FunctionLikeDeclaration;

/** Path prefixes routes get from where their router or plugin is mounted (remote/mounts.ts). */
export interface RoutePrefixes {
  /** The prefix of routes registered on `receiver` (the object of `router.get(…)`), "" when none. */
  prefixOfReceiver(receiver: ts.Expression): string;
  /** Routes registered on the framework instance a mounted plugin function receives, in `file`. */
  pluginRoutes(file: ts.SourceFile): Route[];
  /**
   * The app, router or plugin instance `expression` is (an instance parameter of a helper such as
   * `enableCors(app: FastifyInstance)` stands for what its callers pass).
   */
  instancesOf(expression: ts.Expression): RouteHolder[];
  /** What a route is registered on, then what that is mounted on, up to the root app. */
  chainOf(route: Route): RouteHolder[];
}

/**
 * Routes registered in a file: framework calls of the catalogue and decorated controller methods, and,
 * with `prefixes`, routes of mounted plugins, every path under the prefix it is mounted at.
 */
export function routesIn(
  ts: TS,
  checker: ts.TypeChecker,
  evaluator: StaticEvaluator,
  matchers: RemoteMatchers,
  frameworks: readonly RouteFramework[],
  controllers: readonly RouteControllers[],
  file: ts.SourceFile,
  prefixes?: RoutePrefixes,
): Route[] {
  const byId = frameworksById(frameworks);
  const routes: Route[] = [];
  // The calls the routes matcher recognises in the file (kept per file across program states) and the
  // decorated classes (a syntactic list kept per file): no walk of every node on every keystroke.
  for (const call of matchers.routes.sinkCallsIn(file)) {
    const node = call.node;
    const framework = byId.get(call.model.id);
    if (!ts.isCallExpression(node) || !framework) continue;
    const receiver = ts.isPropertyAccessExpression(node.expression) ? node.expression.expression : undefined;
    const route = routeOfCall(ts, checker, evaluator, node, framework, call.payloads, receiver && prefixes ? prefixes.prefixOfReceiver(receiver) : "");
    if (route) routes.push(route);
  }
  if (prefixes) routes.push(...prefixes.pluginRoutes(file));
  for (const declaration of decoratedClassesOf(ts, file)) routes.push(...controllerRoutes(ts, checker, evaluator, controllers, declaration));
  // In source order, as one walk of the file would list them (a class before the calls inside it).
  return routes.sort((a, b) => a.node.pos - b.node.pos || b.node.end - a.node.end);
}

/** The route a registering call of `framework` makes, its handlers among `payloads`, under `prefix`. */
export function routeOfCall(
  ts: TS,
  checker: ts.TypeChecker,
  evaluator: StaticEvaluator,
  node: ts.CallExpression,
  framework: RouteFramework,
  payloads: readonly ts.Expression[],
  prefix: string,
): Route | undefined {
  const handlers = payloads.flatMap((p) => functionsOf(ts, checker, p));
  if (handlers.length === 0) return undefined;
  const path = pathOf(evaluator, node, framework);
  return {
    framework: framework.id,
    method: methodOf(ts, evaluator, node, framework),
    path: prefix === "" || path === "<dynamic>" ? path : normalisePath(`${prefix}/${path}`),
    node,
    location: locationOf(node),
    handlers,
    inline: payloads.some((p) => isEvaluableFunction(ts, unwrapExpression(ts, p))),
    response: framework.response,
    ...(framework.requestBody ? { requestBody: framework.requestBody } : {}),
  };
}

const frameworkIndexes = new WeakMap<readonly RouteFramework[], ReadonlyMap<string, RouteFramework>>();

/** Asked once per file of the program on every re-lint: one index per catalogue. */
function frameworksById(frameworks: readonly RouteFramework[]): ReadonlyMap<string, RouteFramework> {
  let index = frameworkIndexes.get(frameworks);
  if (!index) frameworkIndexes.set(frameworks, (index = new Map(frameworks.map((f) => [f.id, f]))));
  return index;
}

const decoratedClasses = new WeakMap<ts.SourceFile, ts.ClassDeclaration[]>();

/** Class declarations with decorators (controllers are decorated), anywhere in the file, in source order. */
function decoratedClassesOf(ts: TS, file: ts.SourceFile): readonly ts.ClassDeclaration[] {
  let found = decoratedClasses.get(file);
  if (!found) {
    const classes: ts.ClassDeclaration[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isClassDeclaration(node) && (ts.getDecorators(node)?.length ?? 0) > 0) classes.push(node);
      ts.forEachChild(node, visit);
    };
    visit(file);
    decoratedClasses.set(file, (found = classes));
  }
  return found;
}

function methodOf(ts: TS, evaluator: StaticEvaluator, node: ts.CallExpression, framework: RouteFramework): string {
  if (framework.options?.method) {
    const options = node.arguments[framework.options.argument];
    const value = options ? evaluator.evaluatePath(options, [framework.options.method]) : undefined;
    return value?.kind === "known" ? valuesOf(value).join("|").toUpperCase() : "ANY";
  }
  const callee = node.expression;
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : "any";
  return name === "all" ? "ANY" : name.toUpperCase();
}

function pathOf(evaluator: StaticEvaluator, node: ts.CallExpression, framework: RouteFramework): string {
  let value;
  if (framework.pathArgument >= 0) {
    const argument = node.arguments[framework.pathArgument];
    value = argument ? evaluator.evaluate(argument) : undefined;
  } else if (framework.options) {
    const options = node.arguments[framework.options.argument];
    value = options ? evaluator.evaluatePath(options, [framework.options.path]) : undefined;
  }
  return value?.kind === "known" ? normalisePath(value.value) : "<dynamic>";
}

function controllerRoutes(
  ts: TS,
  checker: ts.TypeChecker,
  evaluator: StaticEvaluator,
  controllers: readonly RouteControllers[],
  declaration: ts.ClassDeclaration,
): Route[] {
  const routes: Route[] = [];
  for (const spec of controllers) {
    const prefix = decoratorArgument(ts, checker, evaluator, declaration, spec.package, [spec.controller]);
    if (prefix === undefined) continue;
    for (const member of declaration.members) {
      if (!ts.isMethodDeclaration(member) || !member.body) continue;
      for (const name of spec.methods) {
        const path = decoratorArgument(ts, checker, evaluator, member, spec.package, [name]);
        if (path === undefined) continue;
        routes.push({
          framework: spec.id,
          method: name === "All" ? "ANY" : name.toUpperCase(),
          path: normalisePath(`${prefix}/${path}`),
          node: member,
          location: locationOf(member.name),
          handlers: [member],
          inline: false,
          response: { parameter: 0, returns: true },
        });
      }
    }
  }
  return routes;
}

/** The string argument of a decorator imported from `pkg` (`""` when it has none), or undefined when absent. */
function decoratorArgument(
  ts: TS,
  checker: ts.TypeChecker,
  evaluator: StaticEvaluator,
  node: ts.HasDecorators,
  pkg: string,
  names: string[],
): string | undefined {
  for (const decorator of ts.getDecorators(node) ?? []) {
    const expression = decorator.expression;
    const callee = ts.isCallExpression(expression) ? expression.expression : expression;
    if (!ts.isIdentifier(callee) || !names.includes(callee.text) || !importedFrom(ts, checker, callee, pkg)) continue;
    const argument = ts.isCallExpression(expression) ? expression.arguments[0] : undefined;
    if (!argument) return "";
    const value = evaluator.evaluate(argument);
    return value.kind === "known" ? value.value : "<dynamic>";
  }
  return undefined;
}

function importedFrom(ts: TS, checker: ts.TypeChecker, identifier: ts.Identifier, pkg: string): boolean {
  const symbol = checker.getSymbolAtLocation(identifier);
  const declaration = symbol?.declarations?.[0];
  if (!declaration) return false;
  let current: ts.Node | undefined = declaration;
  while (current && !ts.isImportDeclaration(current)) current = current.parent;
  return !!current && ts.isStringLiteral(current.moduleSpecifier) && current.moduleSpecifier.text === pkg;
}

/** Handler functions an argument stands for: inline functions, or functions an identifier refers to. */
function functionsOf(ts: TS, checker: ts.TypeChecker, expression: ts.Expression): ts.FunctionLikeDeclaration[] {
  const node = unwrapExpression(ts, expression);
  if (isEvaluableFunction(ts, node)) return [node];
  if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) {
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration;
    if (declaration && isEvaluableFunction(ts, declaration)) return [declaration];
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) {
      const initializer = unwrapExpression(ts, declaration.initializer);
      if (isEvaluableFunction(ts, initializer)) return [initializer];
    }
  }
  return [];
}

export function normalisePath(path: string): string {
  const joined = ("/" + path).replace(/\/+/g, "/");
  return joined.length > 1 ? joined.replace(/\/$/, "") : joined;
}
