import type ts from "typescript";
import type { RouteFramework, RouteMount } from "../model/pack.js";
import { parseMemberPath } from "../flow/sinks/index.js";
import type { StaticEvaluator } from "../flow/values/static-evaluator.js";
import { isEvaluableFunction, unwrapExpression, type TS } from "../flow/values/index.js";
import type { RemoteMatchers } from "./remote-matchers.js";
import { CallIndex } from "../flow/taint/call-index.js";
import { callableNames } from "../flow/taint/units.js";
import { normalisePath, routeOfCall, type Route, type RouteHolder as Holder, type RoutePrefixes } from "./routes.js";

interface Mount {
  /** What the mounting call is made on (undefined: an instance nothing mounts, a root app). */
  on: Holder | undefined;
  prefix: string;
  target: Holder;
}

const MAX_PLUGINS = 256;
const MAX_HELPER_LEVELS = 3;

/**
 * Where routers, sub-apps and plugins are mounted (routes.yaml `mounts`), for the whole program: the
 * prefix a route gets is the chain of prefixes from the root app down to what it is registered on
 * (`app.register(partnerRoutes, { prefix: "/partner/v1" })` in one module, `app.get("/fleets/:id", …)`
 * inside `partnerRoutes` in another → `/partner/v1/fleets/:id`). A plugin function's instance
 * parameter is untyped in the plugin's own module (`const routes: FastifyPluginAsync = async (app) => …`):
 * the routes and nested mounts made on it are recognised here, by the framework's method names.
 * A target mounted more than once takes the prefix of its first mount in program order.
 */
export function createMountIndex(
  ts: TS,
  checker: ts.TypeChecker,
  evaluator: StaticEvaluator,
  matchers: RemoteMatchers,
  mounts: readonly RouteMount[],
  frameworks: readonly RouteFramework[],
  files: readonly ts.SourceFile[],
): RoutePrefixes {
  const byId = new Map(mounts.map((m) => [m.id, m]));
  const found: Mount[] = [];
  /** Plugin functions, with the mount model that made them plugins (its package's frameworks register routes on them). */
  const plugins = new Map<ts.FunctionLikeDeclaration, RouteMount>();
  const pluginsByFile = new Map<ts.SourceFile, ts.FunctionLikeDeclaration[]>();

  // A holder is a symbol (an instance) or a function (a helper); symbols have no syntax kind.
  const isFunctionHolder = (holder: Holder): holder is ts.FunctionLikeDeclaration => "kind" in holder && isEvaluableFunction(ts, holder);
  const holderOf = (expression: ts.Expression): Holder | undefined => {
    const node = unwrapExpression(ts, expression);
    const name = ts.isPropertyAccessExpression(node) ? node.name : ts.isIdentifier(node) ? node : undefined;
    let symbol = name ? checker.getSymbolAtLocation(name) : undefined;
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    if (!symbol) return undefined;
    const declaration = symbol.valueDeclaration;
    if (declaration && ts.isParameter(declaration) && isEvaluableFunction(ts, declaration.parent)) {
      const func = declaration.parent;
      const model = plugins.get(func);
      if (func.parameters.indexOf(declaration) === model?.instanceParameter) return func;
    }
    return symbol;
  };

  /** The function a mount target names (`partnerRoutes`, an inline `async (app) => …`), when it has a body. */
  const functionOf = (expression: ts.Expression): ts.FunctionLikeDeclaration | undefined => {
    const node = unwrapExpression(ts, expression);
    if (isEvaluableFunction(ts, node)) return node;
    if (!ts.isIdentifier(node) && !ts.isPropertyAccessExpression(node)) return undefined;
    let symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node) ? node.name : node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration;
    if (declaration && isEvaluableFunction(ts, declaration)) return declaration;
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) {
      const initializer = unwrapExpression(ts, declaration.initializer);
      if (isEvaluableFunction(ts, initializer)) return initializer;
    }
    return undefined;
  };

  const prefixAt = (call: ts.CallExpression, model: RouteMount): string => {
    const selector = model.prefix;
    const argument = selector ? call.arguments[selector.argument] : undefined;
    if (!selector || !argument) return "";
    const value = selector.property?.length ? evaluator.evaluatePath(argument, selector.property) : evaluator.evaluate(argument);
    return value?.kind === "known" && !value.alternatives && value.value.startsWith("/") ? value.value : "";
  };

  const addMount = (call: ts.CallExpression, model: RouteMount, targets: readonly ts.Expression[], on: Holder | undefined): void => {
    const prefix = prefixAt(call, model);
    for (const target of targets) {
      const plugin = model.instanceParameter !== undefined ? functionOf(target) : undefined;
      if (plugin?.parameters[model.instanceParameter!]) {
        if (!plugins.has(plugin) && plugins.size < MAX_PLUGINS) {
          plugins.set(plugin, model);
          const file = plugin.getSourceFile();
          pluginsByFile.set(file, [...(pluginsByFile.get(file) ?? []), plugin]);
          queue.push(plugin);
        }
        found.push({ on, prefix, target: plugin });
        continue;
      }
      const holder = holderOf(target);
      if (holder && !isFunctionHolder(holder)) found.push({ on, prefix, target: holder });
    }
  };

  // Mounts on instances the matcher recognises (an app, a router, a typed instance parameter).
  const queue: ts.FunctionLikeDeclaration[] = [];
  for (const file of files) {
    for (const call of matchers.mounts.sinkCallsIn(file)) {
      const model = byId.get(call.model.id);
      if (!model || !ts.isCallExpression(call.node)) continue;
      const receiver = ts.isPropertyAccessExpression(call.node.expression) ? call.node.expression.expression : undefined;
      addMount(call.node, model, call.payloads, receiver ? holderOf(receiver) : undefined);
    }
  }
  // Nested mounts made on a plugin's instance parameter (`app.register(child, { prefix })` inside a plugin).
  while (queue.length > 0) {
    const plugin = queue.shift()!;
    const model = plugins.get(plugin)!;
    const names = methodNames(model.member);
    for (const call of callsOnInstance(ts, checker, plugin, model.instanceParameter!)) {
      if (!names.includes(call.name)) continue;
      const targets = model.target.rest
        ? call.node.arguments.slice(model.target.argument)
        : call.node.arguments.slice(model.target.argument, model.target.argument + 1);
      addMount(call.node, model, targets, plugin);
    }
  }

  const prefixCache = new Map<Holder, string>();
  const prefixOf = (holder: Holder, seen: Set<Holder> = new Set()): string => {
    const cached = prefixCache.get(holder);
    if (cached !== undefined) return cached;
    if (seen.has(holder)) return "";
    seen.add(holder);
    const mount = found.find((m) => m.target === holder);
    const prefix = mount ? normalisePrefix(`${mount.on ? prefixOf(mount.on, seen) : ""}/${mount.prefix}`) : "";
    prefixCache.set(holder, prefix);
    return prefix;
  };

  const frameworksOf = new Map<string, { framework: RouteFramework; names: string[] }[]>();
  const routeFrameworks = (pkg: string): { framework: RouteFramework; names: string[] }[] => {
    let list = frameworksOf.get(pkg);
    if (!list)
      frameworksOf.set(pkg, (list = frameworks.filter((f) => f.package === pkg).map((framework) => ({ framework, names: methodNames(framework.member) }))));
    return list;
  };

  let index: CallIndex | undefined;
  /** A helper's instance parameter (`enableCors(app: FastifyInstance)`) stands for the arguments its callers pass. */
  const passedFor = (holder: Holder, level = 0): Holder[] => {
    const declaration = isFunctionHolder(holder) ? undefined : holder.valueDeclaration;
    if (!declaration || !ts.isParameter(declaration) || !isEvaluableFunction(ts, declaration.parent) || level >= MAX_HELPER_LEVELS) return [holder];
    const helper = declaration.parent;
    if (plugins.has(helper)) return [holder];
    const position = helper.parameters.indexOf(declaration);
    index ??= new CallIndex(ts, files);
    const passed: Holder[] = [holder];
    for (const name of callableNames(ts, helper)) {
      for (const call of index.callsNamed(name)) {
        const argument = call.arguments?.[position];
        const argumentHolder = argument && calledFunction(call) === helper ? holderOf(argument) : undefined;
        if (!argumentHolder) continue;
        for (const instance of passedFor(argumentHolder, level + 1)) if (!passed.includes(instance)) passed.push(instance);
      }
    }
    return passed;
  };

  const calledFunction = (call: ts.CallExpression | ts.NewExpression): ts.Node | undefined => functionOf(call.expression);

  const chainOf = (route: Route): Holder[] => {
    const node = route.node;
    const receiver = ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) ? node.expression.expression : undefined;
    const start = receiver ? holderOf(receiver) : undefined;
    const chain: Holder[] = [];
    const pending = start ? [start] : [];
    while (pending.length > 0 && chain.length < MAX_PLUGINS) {
      const current = pending.shift()!;
      if (chain.includes(current)) continue;
      chain.push(current);
      pending.push(...passedFor(current).filter((h) => h !== current));
      for (const mount of found) if (mount.target === current && mount.on) pending.push(mount.on);
    }
    return chain;
  };

  return {
    instancesOf(expression) {
      const holder = holderOf(expression);
      return holder ? passedFor(holder) : [];
    },
    chainOf,
    prefixOfReceiver(receiver) {
      const holder = holderOf(receiver);
      return holder ? prefixOf(holder) : "";
    },
    pluginRoutes(file) {
      const routes: Route[] = [];
      for (const plugin of pluginsByFile.get(file) ?? []) {
        const model = plugins.get(plugin)!;
        const prefix = prefixOf(plugin);
        for (const call of callsOnInstance(ts, checker, plugin, model.instanceParameter!)) {
          // A call the routes matcher already knows (a typed instance parameter) is listed by `routesIn` itself.
          if (matchers.routes.matchCall(call.node)) continue;
          const spec = routeFrameworks(model.package).find((f) => f.names.includes(call.name));
          if (!spec) continue;
          const route = routeOfCall(ts, checker, evaluator, call.node, spec.framework, handlerArguments(ts, call.node, spec.framework), prefix);
          if (route) routes.push(route);
        }
      }
      return routes;
    },
  };
}

/** `instance.name(…)` calls in a plugin's body, where `instance` is its parameter `index` (not a shadowing inner one). */
function callsOnInstance(ts: TS, checker: ts.TypeChecker, plugin: ts.FunctionLikeDeclaration, index: number): { node: ts.CallExpression; name: string }[] {
  const parameter = plugin.parameters[index];
  if (!parameter || !ts.isIdentifier(parameter.name) || !plugin.body) return [];
  const symbol = checker.getSymbolAtLocation(parameter.name);
  const calls: { node: ts.CallExpression; name: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const receiver = unwrapExpression(ts, node.expression.expression);
      if (ts.isIdentifier(receiver) && checker.getSymbolAtLocation(receiver) === symbol) calls.push({ node, name: node.expression.name.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(plugin.body);
  return calls;
}

/** The handler arguments of a registering call, as the routes matcher's payload selectors would pick them. */
function handlerArguments(ts: TS, call: ts.CallExpression, framework: RouteFramework): ts.Expression[] {
  if (framework.options) {
    const options = call.arguments[framework.options.argument];
    const object = options ? unwrapExpression(ts, options) : undefined;
    if (!object || !ts.isObjectLiteralExpression(object)) return [];
    const handler = object.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === framework.options!.handler);
    if (handler && ts.isPropertyAssignment(handler)) return [handler.initializer];
    if (handler && ts.isMethodDeclaration(handler)) return [handler as unknown as ts.Expression];
    return [];
  }
  return [...call.arguments.slice(framework.pathArgument + 1)];
}

/** The method names the last step of an access path allows (`default().{get,post}` → get, post). */
function methodNames(member: string): string[] {
  const parsed = parseMemberPath(member);
  if (!parsed.ok) return [];
  const last = [...parsed.pattern.tokens].reverse().find((t) => t.kind === "member");
  return last?.kind === "member" && last.names !== "*" ? [...last.names] : [];
}

function normalisePrefix(path: string): string {
  const normal = normalisePath(path);
  return normal === "/" ? "" : normal;
}
