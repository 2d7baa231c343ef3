import type ts from "typescript";
import type { Finding, FlowStep } from "../model/finding.js";
import type { SinkModel } from "../model/pack.js";
import type { InventoryFlow } from "../model/analysis.js";
import { groupFlows, type FlowGroup } from "../flow/findings/flow-groups.js";
import type { SinkCallLike, TaintEngineResult } from "../flow/index.js";
import { flatten, labelCategories, stepsOf } from "../flow/taint/taint.js";
import { knownValue, locationOf, unwrapExpression } from "../flow/values/index.js";
import { isDomestic, MAINLAND_CHINA } from "../jurisdiction/index.js";
import type { ExposureIndex, ForeignOrigin } from "./exposures.js";
import type { RemoteContext } from "./remote-context.js";
import { judgeRemoteFlow, type RemoteFlow } from "./remote-findings.js";
import { routesIn, type Route } from "./routes.js";

/** Exposed routes of China-deployed code, with the response sinks the taint engine follows data into. */
export interface ExposedRoutes {
  sinksByFile: Map<ts.SourceFile, SinkCallLike[]>;
  routeOfSink: Map<ts.Node, { route: Route; origins: ForeignOrigin[] }>;
  /** Return-style handlers that are not inline: their summaries say what they answer. */
  returning: { route: Route; origins: ForeignOrigin[]; handler: ts.FunctionLikeDeclaration }[];
}

export function exposedRoutes(ctx: RemoteContext, exposures: ExposureIndex): ExposedRoutes {
  const { ts } = ctx;
  const result: ExposedRoutes = { sinksByFile: new Map(), routeOfSink: new Map(), returning: [] };
  for (const file of ctx.files) {
    if (!isDomestic(ctx.placements.of(file.fileName).jurisdiction)) continue;
    for (const route of routesIn(ts, ctx.checker, ctx.evaluator, ctx.matchers, ctx.catalogue.frameworks, ctx.catalogue.controllers, file, ctx.prefixes)) {
      const origins = exposures.originsFor(route);
      if (origins.length === 0) continue;
      const destination = knownValue(
        origins.map((o) => o.destination),
        origins.map((o) => o.location),
      );
      const model = responseModel(route.framework);
      const sinks = result.sinksByFile.get(file) ?? [];
      const addSink = (node: ts.Node, payloads: ts.Expression[], steps: FlowStep[] = []): void => {
        if (payloads.length === 0 || result.routeOfSink.has(node)) return;
        sinks.push({ node, model, destination, payloads, location: locationOf(node), steps });
        result.routeOfSink.set(node, { route, origins });
      };
      const inlineBodies: ts.Expression[] = [];
      for (const handler of route.handlers) {
        const responder = handler.parameters[route.response.parameter];
        const responderSymbol = responder && ts.isIdentifier(responder.name) ? ctx.checker.getSymbolAtLocation(responder.name) : undefined;
        const visit = (node: ts.Node): void => {
          if (node !== handler && ts.isFunctionLike(node) && !ts.isArrowFunction(node) && !ts.isFunctionExpression(node)) return;
          if (
            responderSymbol &&
            ts.isCallExpression(node) &&
            ts.isPropertyAccessExpression(node.expression) &&
            route.response.methods?.includes(node.expression.name.text) &&
            isSymbol(ctx, node.expression.expression, responderSymbol)
          ) {
            addSink(node, node.arguments.slice(0, 1));
          }
          if (
            responderSymbol &&
            ts.isBinaryExpression(node) &&
            node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
            ts.isPropertyAccessExpression(node.left) &&
            route.response.properties?.includes(node.left.name.text) &&
            isSymbol(ctx, node.left.expression, responderSymbol)
          ) {
            inlineBodies.push(node.right);
          }
          if (route.response.returns && ts.isReturnStatement(node) && node.expression && nearestFunction(ts, node) === handler)
            inlineBodies.push(node.expression);
          ts.forEachChild(node, visit);
        };
        if (handler.body) visit(handler.body);
        if (route.response.returns && handler.body && !ts.isBlock(handler.body)) inlineBodies.push(handler.body);
        if (!route.inline && route.response.returns) result.returning.push({ route, origins, handler });
      }
      // Inline handlers: their answers are payloads of the registering call, analysed in the same unit.
      if (route.inline && inlineBodies.length > 0 && ts.isCallExpression(route.node))
        addSink(
          route.node,
          inlineBodies.filter((e) => !isResponderCall(ts, e, route)),
        );
      else if (!route.inline) {
        // Property-style answers in named handlers are still payloads at the registration.
        if (ts.isCallExpression(route.node) && !route.response.returns) addSink(route.node, inlineBodies);
      }
      result.sinksByFile.set(file, sinks);
    }
  }
  return result;
}

/** Findings of exposed routes from the taint engine's flows and handler summaries. */
export function routeExposureFindings(ctx: RemoteContext, exposed: ExposedRoutes, engine: TaintEngineResult): { findings: Finding[]; flows: InventoryFlow[] } {
  const findings: Finding[] = [];
  const flows: InventoryFlow[] = [];
  const emit = (route: Route, origins: ForeignOrigin[], location: RemoteFlow["location"], group: Pick<FlowGroup, "categories" | "origins">): void => {
    for (const origin of origins) {
      const judged = judgeRemoteFlow(
        {
          behaviour: "remote-access",
          location,
          scope: `${route.method} ${route.path}`,
          categories: group.categories,
          origins: group.origins,
          destination: origin.destination,
          jurisdiction: origin.jurisdiction,
          why: origin.why,
          action: `is served by ${route.method} ${route.path} (${route.framework}) of a service in China to callers at ${origin.destination} (${origin.jurisdiction}, ${origin.via})`,
          steps: [
            { location: origin.location, message: `${origin.via} lets ${origin.destination} (${origin.jurisdiction}) call this service` },
            { location: route.location, message: `route ${route.method} ${route.path}` },
          ],
          notes: [`Exposure: ${origin.via} at ${origin.location.file}:${origin.location.line}`],
          codeJurisdiction: MAINLAND_CHINA,
        },
        ctx,
      );
      flows.push(judged.inventory);
      if (judged.finding) findings.push(judged.finding);
    }
  };
  for (const group of groupFlows(engine.flows)) {
    const exposure = exposed.routeOfSink.get(group.sink.node);
    if (exposure) emit(exposure.route, exposure.origins, group.location, group);
  }
  for (const { route, origins, handler } of exposed.returning) {
    const returned = flatten(engine.summaryOf(handler).returns);
    const byId = new Map<string, FlowGroup["origins"][number]>();
    for (const label of returned.labels) {
      if (label.kind !== "origin") continue;
      const categories = labelCategories(label);
      if (categories.length > 0 && !byId.has(label.origin.id)) byId.set(label.origin.id, { origin: label.origin, categories, steps: stepsOf(label.steps) });
    }
    if (byId.size === 0) continue;
    const groupOrigins = [...byId.values()].sort((a, b) => (a.origin.path < b.origin.path ? -1 : 1));
    emit(route, origins, route.location, { categories: [...new Set(groupOrigins.flatMap((o) => o.categories))].sort(), origins: groupOrigins });
  }
  return { findings, flows };
}

function responseModel(framework: string): SinkModel {
  return {
    id: `${framework}-response`,
    package: framework,
    member: "response",
    kind: "call",
    destinationKind: "url",
    destination: [],
    payload: [],
    behaviour: "remote-access",
    examples: { match: [], noMatch: [] },
  };
}

function isSymbol(ctx: RemoteContext, expression: ts.Expression, symbol: ts.Symbol): boolean {
  const node = unwrapExpression(ctx.ts, expression);
  return ctx.ts.isIdentifier(node) && ctx.checker.getSymbolAtLocation(node) === symbol;
}

/** `return res.json(x)` is answered by the `json` sink already. */
function isResponderCall(ts: RemoteContext["ts"], expression: ts.Expression, route: Route): boolean {
  const node = unwrapExpression(ts, expression);
  const inner = ts.isAwaitExpression(node) ? unwrapExpression(ts, node.expression) : node;
  return ts.isCallExpression(inner) && ts.isPropertyAccessExpression(inner.expression) && (route.response.methods ?? []).includes(inner.expression.name.text);
}

function nearestFunction(ts: RemoteContext["ts"], node: ts.Node): ts.Node | undefined {
  for (let current = node.parent; current; current = current.parent) if (ts.isFunctionLike(current)) return current;
  return undefined;
}
