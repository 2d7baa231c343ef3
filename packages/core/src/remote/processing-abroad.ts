import picomatch from "picomatch";
import type ts from "typescript";
import { destinationParts } from "../registry/destination-pattern.js";
import type { Finding, FlowStep } from "../model/finding.js";
import type { Verdict } from "../model/verdict.js";
import type { InventoryFlow } from "../model/analysis.js";

import { flatten, labelCategories, stepsOf, union, EMPTY, type Taint } from "../flow/taint/taint.js";
import { locationOf } from "../flow/values/index.js";
import { isDomestic, sameJurisdiction } from "../jurisdiction/index.js";
import { evaluateFlow } from "../verdict/index.js";
import { derivedTypeNodes, trackNames } from "./consumer-types.js";
import { createEntryPointFinder, entryLocationNode, type EntryPoint } from "./entry-points.js";
import type { Arrival } from "./foreign-readers.js";
import type { RemoteContext } from "./remote-context.js";
import { judgeRemoteFlow, verdictOf, type RemoteFlow } from "./remote-findings.js";
import { routesIn, type Route } from "./routes.js";

type OriginUse = RemoteFlow["origins"][number];

/**
 * Processing abroad: personal information of people in China handled by code
 * deployed abroad once it got there. Reported once per entry point — the
 * handler, consumer or job that receives it — with only the PI categories,
 * unless the record that covers its arrival also covers processing abroad.
 * Arrivals are reads of domestic stores (judged against the store's records)
 * and route handlers whose requests carry classified types (judged against
 * records for `route://<ISO>/<path>` or for recipients in that jurisdiction).
 */
export function processingAbroadFlows(ctx: RemoteContext, arrivals: readonly Arrival[]): { findings: Finding[]; flows: InventoryFlow[] } {
  const findings: Finding[] = [];
  const flows: InventoryFlow[] = [];
  const push = (flow: RemoteFlow): void => {
    const judged = judgeRemoteFlow(flow, ctx);
    flows.push(judged.inventory);
    if (judged.finding) findings.push(judged.finding);
  };

  // Reads: one flow per entry point (the job, handler or consumer that starts the work), judged against each arrival's store.
  const finder = createEntryPointFinder(ctx.ts, ctx.checker, ctx.files);
  const byEntry = new Map<ts.Node, { name: string; arrivals: Arrival[]; via: EntryPoint["via"] }>();
  for (const arrival of arrivals) {
    const abroad = arrival.flow.codeJurisdiction;
    const sameDeployment = (file: ts.SourceFile): boolean => ctx.placements.of(file.fileName).jurisdiction === abroad;
    for (const entry of finder.entryPointsOf(arrival.read.node, arrival.read.model.store === "queue", sameDeployment)) {
      const group = byEntry.get(entry.node) ?? { name: entry.name, arrivals: [], via: entry.via };
      group.arrivals.push(arrival);
      byEntry.set(entry.node, group);
    }
  }
  for (const [node, group] of byEntry) {
    let uncovered: { arrival: Arrival; categories: string[]; verdict: Verdict } | undefined;
    const origins: OriginUse[] = [];
    for (const arrival of group.arrivals) {
      const pi = personal(ctx, arrival.flow.categories);
      if (pi.length === 0) continue;
      const flow: RemoteFlow = { ...arrival.flow, behaviour: "processing-abroad", categories: pi };
      const verdict = verdictOf(flow, ctx);
      if (verdict.status === "covered" || verdict.status === "not-export") continue;
      origins.push(...arrival.flow.origins.filter((o) => o.categories.some((c) => pi.includes(c))));
      uncovered ??= { arrival, categories: pi, verdict };
    }
    if (!uncovered) continue;
    const first = uncovered.arrival.flow;
    const categories = [...new Set(origins.flatMap((o) => o.categories.filter((c) => isPersonal(ctx, c))))].sort();
    push({
      ...first,
      behaviour: "processing-abroad",
      location: locationOf(entryLocationNode(ctx.ts, node)),
      scope: group.name,
      categories,
      origins: dedupe(origins),
      action: `is processed in ${first.jurisdiction} by ${group.name}, which receives it from ${uncovered.arrival.destination} (read at ${shortLocation(first.location)})`,
      steps: [
        ...first.steps,
        { location: first.location, message: `arrives abroad: read by ${uncovered.arrival.read.model.id} from ${uncovered.arrival.destination}` },
        // From the entry point down to the read (outermost call first), as the reader would follow it.
        ...group.via.map((call) => ({
          location: locationOf(call),
          message: `${group.name} reaches the read through ${call.expression.getText().slice(0, 60)}(…)`,
        })),
      ],
      verdict: uncovered.verdict,
      ...(first.citedRecord ? { citedRecord: first.citedRecord } : {}),
    });
  }

  // Route handlers abroad whose requests carry classified PI.
  for (const file of ctx.files) {
    const code = ctx.placements.of(file.fileName);
    if (isDomestic(code.jurisdiction)) continue;
    for (const route of routesIn(ctx.ts, ctx.checker, ctx.evaluator, ctx.matchers, ctx.catalogue.frameworks, ctx.catalogue.controllers, file, ctx.prefixes)) {
      const typedBody = routeBodyTaint(ctx, route);
      for (const handler of route.handlers) {
        const received = union(requestTaint(ctx, handler), typedBody);
        const origins = originUses(received)
          .map((o) => ({ ...o, categories: o.categories.filter((c) => isPersonal(ctx, c)) }))
          .filter((o) => o.categories.length > 0);
        if (origins.length === 0) continue;
        const categories = [...new Set(origins.flatMap((o) => o.categories))].sort();
        const destination = `route://${code.jurisdiction}${route.path.startsWith("/") ? route.path : `/${route.path}`}`;
        const flow: RemoteFlow = {
          behaviour: "processing-abroad",
          location: locationOf(entryLocationNode(ctx.ts, handler)),
          scope: `${route.method} ${route.path}`,
          categories,
          origins,
          destination,
          jurisdiction: code.jurisdiction,
          why: `the handler runs in ${code.jurisdiction}${code.deployment ? ` (deployments ${code.deployment})` : ""}`,
          action: `is received and processed in ${code.jurisdiction} by ${route.method} ${route.path} (${route.framework})`,
          steps: [{ location: route.location, message: `route ${route.method} ${route.path} receives the request abroad` }],
          notes: [],
          codeJurisdiction: code.jurisdiction,
          ...(code.deployment ? { deployment: code.deployment } : {}),
        };
        const arrival = arrivalVerdict(ctx, flow, route.path);
        flow.notes.push(...arrival.notes);
        push({ ...flow, verdict: arrival.verdict });
      }
    }
  }
  return { findings, flows };
}

/**
 * The record that covers the data's arrival: one naming this route
 * (`route://DE/roaming/v1/**`), else a record for a recipient in the handler's
 * jurisdiction whose destination URL has a path matching the route
 * (`https://roaming.example-motors.de/roaming/v1/**`: the push that brought
 * the data). A bare host names no route: the handler cannot know its host.
 */
function arrivalVerdict(ctx: RemoteContext, flow: RemoteFlow, routePath: string): { verdict: Verdict; notes: string[] } {
  const direct = verdictOf(flow, ctx);
  if (direct.status === "covered" || direct.tried.length > 0) return { verdict: direct, notes: [] };
  const notes: string[] = [];
  let best: Verdict | undefined;
  for (const record of ctx.registry.records) {
    if (!sameJurisdiction(record.recipient.country, flow.jurisdiction)) continue;
    const arrival = record.destinations.find((pattern) => pathNamesRoute(pattern, routePath));
    if (!arrival) continue;
    const verdict = evaluateFlow(
      {
        categories: flow.categories,
        destination: arrival,
        jurisdiction: flow.jurisdiction,
        behaviour: "processing-abroad",
        location: flow.location,
        vehicleSide: false,
        citedRecord: record.id,
      },
      { registry: ctx.registry, organization: ctx.config.organization, pack: ctx.pack, asOf: ctx.asOf },
    );
    notes.push(
      `Arrival record ${record.id} (recipient in ${record.recipient.country}): ${verdict.status === "covered" ? "covers processing abroad" : verdict.gaps.map((g) => g.message).join("; ")}`,
    );
    if (verdict.status === "covered") return { verdict, notes };
    if (!best || verdict.gaps.length < best.gaps.length) best = verdict;
  }
  return { verdict: best ?? direct, notes };
}

function pathNamesRoute(pattern: string, routePath: string): boolean {
  const parts = destinationParts(pattern);
  if (!parts || parts.bucket || parts.path === "" || parts.path === "/") return false;
  return picomatch(parts.path.replace(/^\/+/, ""), { dot: true })(routePath.replace(/^\/+/, ""));
}

/** Classified types the handler's parameters carry (`@Body() dto: ChargeSessionDto`, `Request<{}, {}, Session>`, `req.body as Session`). */
function requestTaint(ctx: RemoteContext, handler: ts.FunctionLikeDeclaration): Taint {
  const { ts, checker, types } = ctx;
  let taint: Taint = EMPTY;
  const found: ts.TypeNode[] = [];
  const tracked = new Set<ts.Symbol>();
  for (const parameter of handler.parameters) {
    if (parameter.type) found.push(...classifiedTypeNodes(ctx, parameter.type));
    trackNames(ts, checker, parameter.name, tracked);
  }
  if (handler.body) derivedTypeNodes(ts, checker, handler.body, tracked, found);
  for (const node of found) taint = union(taint, types.typeTaint(checker.getTypeFromTypeNode(node)));
  return taint;
}

/** The request body's type as the registering call gives it (`app.post<{ Body: TripUpload }>(…)`: routes.yaml `requestBody`). */
function routeBodyTaint(ctx: RemoteContext, route: Route): Taint {
  const { ts, checker, types } = ctx;
  const spec = route.requestBody;
  const typeNode = spec && ts.isCallExpression(route.node) ? route.node.typeArguments?.[spec.typeArgument] : undefined;
  if (!spec || !typeNode) return EMPTY;
  const type = checker.getTypeFromTypeNode(typeNode);
  if (spec.property === undefined) return types.typeTaint(type);
  const property = type.getProperty(spec.property);
  return property ? types.typeTaint(checker.getTypeOfSymbol(property)) : EMPTY;
}

/** The type node itself when classified, else its type arguments and literal members (library wrappers like `Request<P, R, Body>`). */
function classifiedTypeNodes(ctx: RemoteContext, node: ts.TypeNode, depth = 0): ts.TypeNode[] {
  const { ts, checker, types } = ctx;
  if (depth > 3) return [];
  const taint = types.typeTaint(checker.getTypeFromTypeNode(node));
  if (taint.labels.length > 0 || (taint.fields && taint.fields.size > 0)) return [node];
  if (ts.isTypeReferenceNode(node)) return (node.typeArguments ?? []).flatMap((a) => classifiedTypeNodes(ctx, a, depth + 1));
  if (ts.isTypeLiteralNode(node)) return node.members.flatMap((m) => (ts.isPropertySignature(m) && m.type ? classifiedTypeNodes(ctx, m.type, depth + 1) : []));
  return [];
}

function originUses(taint: Taint): OriginUse[] {
  const byId = new Map<string, OriginUse>();
  for (const label of flatten(taint).labels) {
    if (label.kind !== "origin" || byId.has(label.origin.id)) continue;
    const categories = labelCategories(label);
    if (categories.length > 0) byId.set(label.origin.id, { origin: label.origin, categories, steps: stepsOf(label.steps) });
  }
  return [...byId.values()].sort((a, b) => (a.origin.path < b.origin.path ? -1 : 1));
}

function isPersonal(ctx: RemoteContext, category: string): boolean {
  const kind = ctx.pack.categories.get(category)?.kind;
  return kind === "pi" || kind === "pi-sensitive";
}

function personal(ctx: RemoteContext, categories: readonly string[]): string[] {
  return categories.filter((c) => isPersonal(ctx, c));
}

function dedupe(origins: OriginUse[]): OriginUse[] {
  return [...new Map(origins.map((o) => [o.origin.id, o])).values()];
}

function shortLocation(location: FlowStep["location"]): string {
  return `${location.file.split(/[\\/]/).pop()!}:${location.line}`;
}
