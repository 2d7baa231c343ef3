import { dirname, relative, sep } from "node:path";
import { existsSync } from "node:fs";
import picomatch from "picomatch";
import type ts from "typescript";
import type { VdxConfig } from "../model/config.js";
import type { SourceLocation } from "../model/location.js";
import type { ExposureModel, Jurisdiction, RulePack } from "../model/pack.js";
import { placeDestination } from "../flow/border/place-destination.js";
import { createApiPathResolver, normalizePackageName } from "../flow/sinks/index.js";
import type { StaticEvaluator } from "../flow/values/static-evaluator.js";
import { knownValue, locationOf, type TS } from "../flow/values/index.js";
import { isDomestic, isUnplaced, normaliseJurisdiction } from "../jurisdiction/index.js";
import type { RemoteMatchers } from "./remote-matchers.js";
import type { Route, RouteHolder, RoutePrefixes } from "./routes.js";
import { stringListOf } from "./string-list.js";

/** A foreign party a route is exposed to, and why vdx thinks so. */
export interface ForeignOrigin {
  /** What the registry matches: the origin or issuer URL, or `route://<ISO><path>` for config exposures. */
  destination: string;
  jurisdiction: Jurisdiction;
  /** Why that jurisdiction. */
  why: string;
  /** How the route is exposed (`cors-middleware`, `config exposures[0]`). */
  via: string;
  location: SourceLocation;
}

interface CodeExposure {
  origins: ForeignOrigin[];
  /** Applies to the routes of this registering call only (route-level middleware), or to a service folder. */
  route?: ts.Node;
  serviceDir?: string;
  /** The apps it is registered on: it also governs every route mounted on them, wherever declared. */
  instances?: RouteHolder[];
}

export interface ExposureIndex {
  originsFor(route: Route): ForeignOrigin[];
}

/**
 * Which foreign origins may call which routes: CORS allow-lists and auth
 * issuers found in code (route-level when passed to the route, else for the
 * whole service: the folder of the nearest package.json, or of the file), and
 * `exposures` declared in config (route path globs or code globs).
 */
export function createExposureIndex(
  ts: TS,
  checker: ts.TypeChecker,
  evaluator: StaticEvaluator,
  matchers: RemoteMatchers,
  models: readonly ExposureModel[],
  files: readonly ts.SourceFile[],
  config: VdxConfig,
  pack: RulePack,
  prefixes?: RoutePrefixes,
): ExposureIndex {
  const byId = new Map(models.map((m) => [m.id, m]));
  const resolver = createApiPathResolver(ts, checker);
  const exposures: CodeExposure[] = [];
  const place = (value: string, via: string, location: SourceLocation): ForeignOrigin | undefined => {
    const [placed] = placeDestination(knownValue([value], [location]), {}, { pack, hosts: config.hosts });
    if (placed?.kind !== "resolved" || isUnplaced(placed.jurisdiction) || isDomestic(placed.jurisdiction)) return undefined;
    return { destination: placed.destination, jurisdiction: placed.jurisdiction, why: placed.why, via, location };
  };

  // The calls the exposures matcher recognises in each file (kept per file across program states).
  for (const file of files) {
    for (const call of matchers.exposures.sinkCallsIn(file)) {
      const node = call.node;
      const model = byId.get(call.model.id);
      if (!model || !pluginMatches(node, model)) continue;
      const origins: ForeignOrigin[] = [];
      for (const expression of call.payloads) {
        const list = stringListOf(ts, checker, evaluator, expression);
        for (const value of list.values) {
          const origin = place(value, `${model.id} (${model.kind === "cors" ? "CORS allow-list" : "auth issuer"})`, locationOf(node));
          if (origin) origins.push(origin);
        }
      }
      if (origins.length > 0) {
        const route = routeArgumentOf(node);
        const app = route || !prefixes ? undefined : registeringInstance(node);
        const instances = app ? prefixes!.instancesOf(app) : [];
        exposures.push(
          route ? { origins, route } : { origins, serviceDir: serviceDirOf(file.fileName, config.root), ...(instances.length > 0 ? { instances } : {}) },
        );
      }
    }
  }

  const declared = config.exposures.map((exposure, index) => {
    const glob = exposure.path;
    const routeGlob = glob.startsWith("/");
    return { index, glob, routeGlob, test: picomatch(routeGlob ? glob.replace(/^\/+/, "") : glob, { dot: true }), origins: exposure.origins };
  });
  const configLocation = (index: number): SourceLocation => {
    const document = config.document;
    return document ? document.locate(`/exposures/${index}`) : { file: config.file ?? config.root, line: 1, column: 1 };
  };

  function pluginMatches(node: ts.CallExpression | ts.NewExpression, model: ExposureModel): boolean {
    if (!model.plugin) return true;
    const argument = node.arguments?.[model.plugin.argument];
    const path = argument ? resolver.pathOf(argument) : undefined;
    return !!path && normalizePackageName(path.package) === normalizePackageName(model.plugin.package);
  }

  /** The app an app-level exposure is registered on: `app.register(cors, …)`, `app.enableCors(…)`, `app.use(cors(…))`. */
  function registeringInstance(node: ts.CallExpression | ts.NewExpression): ts.Expression | undefined {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) return node.expression.expression;
    const parent = node.parent;
    if (parent && ts.isCallExpression(parent) && parent.arguments.includes(node) && ts.isPropertyAccessExpression(parent.expression))
      return parent.expression.expression;
    return undefined;
  }

  /** `app.get("/x", cors({ origin }), handler)`: the exposure is an argument of a route-registering call. */
  function routeArgumentOf(node: ts.Node): ts.Node | undefined {
    const parent = node.parent;
    return parent && ts.isCallExpression(parent) && parent.arguments.includes(node as ts.Expression) && matchers.routes.matchCall(parent) ? parent : undefined;
  }

  return {
    originsFor(route: Route): ForeignOrigin[] {
      const file = route.node.getSourceFile().fileName;
      const found: ForeignOrigin[] = [];
      let chain: RouteHolder[] | undefined;
      for (const exposure of exposures) {
        let applies = exposure.route ? exposure.route === route.node : isInside(file, exposure.serviceDir!);
        if (!applies && exposure.instances && prefixes) {
          chain ??= prefixes.chainOf(route);
          applies = exposure.instances.some((instance) => chain!.includes(instance));
        }
        if (applies) found.push(...exposure.origins);
      }
      const relativeFile = relative(config.root, file).split(sep).join("/");
      for (const entry of declared) {
        const subject = entry.routeGlob ? route.path.replace(/^\/+/, "") : relativeFile;
        if (!entry.test(subject)) continue;
        for (const jurisdiction of entry.origins) {
          const iso = normaliseJurisdiction(jurisdiction);
          if (isDomestic(iso)) continue;
          found.push({
            destination: `route://${iso}${route.path.startsWith("/") ? route.path : `/${route.path}`}`,
            jurisdiction: iso,
            why: `config exposures[${entry.index}] (${entry.glob}) names callers in ${iso}`,
            via: `config exposures[${entry.index}]`,
            location: configLocation(entry.index),
          });
        }
      }
      const unique = new Map(found.map((o) => [`${o.destination}|${o.jurisdiction}`, o]));
      return [...unique.values()];
    },
  };
}

/** The folder of the nearest package.json at or below the scan root, else the file's folder. */
function serviceDirOf(file: string, root: string): string {
  for (let dir = dirname(file); dir.startsWith(root); dir = dirname(dir)) {
    if (existsSync(`${dir}/package.json`)) return dir;
    if (dir === root || dirname(dir) === dir) break;
  }
  return dirname(file);
}

function isInside(file: string, dir: string): boolean {
  const rel = relative(dir, file);
  return rel !== "" && !rel.startsWith("..") && !rel.startsWith(sep);
}
