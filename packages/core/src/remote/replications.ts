import type ts from "typescript";
import type { Finding, FlowStep } from "../model/finding.js";
import type { ReplicationModel } from "../model/pack.js";
import type { InventoryFlow } from "../model/analysis.js";
import { destinationParts } from "../registry/destination-pattern.js";
import { fieldOrigin } from "../flow/taint/origins.js";
import { enclosingFunctionName } from "../flow/taint/units.js";
import { knownValue, locationOf, lookupPath, resolveDefinition, unwrapExpression, valuesOf } from "../flow/values/index.js";
import type { StaticValue } from "../flow/values/static-value.js";
import { renderRegion } from "../flow/sinks/destination-render.js";
import { isDomestic, isInternalNetwork, isMainlandChina, isUnplaced, UNKNOWN_JURISDICTION } from "../jurisdiction/index.js";
import type { RemoteContext } from "./remote-context.js";
import { judgeRemoteFlow, unresolvedRemoteFinding, type RemoteFlow } from "./remote-findings.js";

type OriginUse = RemoteFlow["origins"][number];

/** A replication or cross-region copy call: the store it copies and where the copies go. */
export interface Replication {
  node: ts.CallExpression | ts.NewExpression;
  model: ReplicationModel;
  /** `s3://charging-sessions-cn`, `dynamodb://charge_sessions`, `db://pg.example.cn`. */
  sources: string[];
  sourceRegion?: StaticValue;
  /** Region of the target when the call's region is the target's (CopyObject's client, OSS `destination.location`). */
  targetRegion?: StaticValue;
  targets: StaticValue[];
  /** Regions named inside target resource names (`qcs::cos:eu-frankfurt::bucket`), by target index. */
  targetRegions?: (StaticValue | undefined)[];
  steps: FlowStep[];
}

const replicationIndexes = new WeakMap<readonly ReplicationModel[], ReadonlyMap<string, ReplicationModel>>();

/** Asked once per file of the program on every re-lint: one index per catalogue. */
function replicationModelsById(models: readonly ReplicationModel[]): ReadonlyMap<string, ReplicationModel> {
  let index = replicationIndexes.get(models);
  if (!index) replicationIndexes.set(models, (index = new Map(models.map((m) => [m.id, m]))));
  return index;
}

export function replicationsIn(ctx: RemoteContext, file: ts.SourceFile): Replication[] {
  const { ts } = ctx;
  const byId = replicationModelsById(ctx.catalogue.replications);
  const found: Replication[] = [];
  // The calls the replications matcher recognises in the file (kept per file across program states).
  for (const call of ctx.matchers.replications.sinkCallsIn(file)) {
    const node = call.node;
    const model = byId.get(call.model.id);
    if (!model) continue;
    const sources = call.payloads.flatMap((p) => {
      const value = ctx.evaluator.evaluate(p);
      if (value.kind === "known") return valuesOf(value).map((v) => sourceName(v, model));
      // `bucket/${key}`: the bucket is the literal head even when the key is not static.
      const expression = unwrapExpression(ts, p);
      return ts.isTemplateExpression(expression) && expression.head.text.includes("/") ? [sourceName(expression.head.text, model)] : [];
    });
    // Without destination selectors the matcher's destination is the client's region: the source's, not a target.
    const own = model.destination.length > 0 ? [{ value: call.destination }] : [];
    const listed: { value: StaticValue; region?: StaticValue }[] = [...own, ...listedTargets(ctx, node, model)];
    const targets = listed.map((t) => t.value);
    const targetRegions = listed.some((t) => t.region) ? listed.map((t) => t.region) : undefined;
    const sourceRegion = model.targets ? call.region : undefined;
    const targetRegion = model.targets ? undefined : call.region;
    if (targets.length > 0) {
      found.push({
        node,
        model,
        sources,
        ...(sourceRegion ? { sourceRegion } : {}),
        ...(targetRegion ? { targetRegion } : {}),
        targets,
        ...(targetRegions ? { targetRegions } : {}),
        steps: call.steps,
      });
    }
  }
  return found;
}

/**
 * Replication to a foreign region of a store that holds classified data —
 * known from classified reads of that store, classified writes into it
 * (`storeWrites`, from the taint engine) or a table/collection name that
 * matches a classified type — is remote access at the replication call.
 */
export function replicationFlows(
  ctx: RemoteContext,
  replications: readonly Replication[],
  storeWrites: ReadonlyMap<string, OriginUse[]>,
): { findings: Finding[]; flows: InventoryFlow[] } {
  const findings: Finding[] = [];
  const flows: InventoryFlow[] = [];
  // What every classified read of the program says about its store: only worth asking when something replicates.
  if (replications.length === 0) return { findings, flows };
  const readOrigins = classifiedReadsByStore(ctx);
  for (const replication of replications) {
    const code = ctx.placements.of(replication.node.getSourceFile().fileName);
    const origins = new Map<string, OriginUse>();
    for (const source of replication.sources) {
      const key = storeKey(source);
      for (const o of [...(readOrigins.get(key) ?? []), ...(storeWrites.get(key) ?? []), ...entityOrigins(ctx, source)]) origins.set(o.origin.id, o);
    }
    if (origins.size === 0) continue;
    const from = sourceJurisdictionOf(ctx, replication) ?? code.jurisdiction;
    if (!isMainlandChina(from)) continue; // only stores in China are exported by copying them
    const used = [...origins.values()].sort((a, b) => (a.origin.path < b.origin.path ? -1 : 1));
    const categories = [...new Set(used.flatMap((o) => o.categories))].sort();
    for (const [index, target] of replication.targets.entries()) {
      const region = replication.targetRegions?.[index] ?? replication.targetRegion;
      for (const placed of ctx.place(target, {
        ...(region ? { region } : {}),
        ...(replication.model.cloud !== undefined ? { cloud: replication.model.cloud } : {}),
        ...(replication.model.regionFormat !== undefined ? { regionFormat: replication.model.regionFormat } : {}),
      })) {
        const destination = placed.kind === "resolved" ? placed.destination : placed.description;
        const flow: RemoteFlow = {
          behaviour: "remote-access",
          location: locationOf(replication.node),
          scope: enclosingFunctionName(ctx.ts, replication.node),
          categories,
          origins: used,
          destination,
          jurisdiction: placed.kind === "resolved" ? placed.jurisdiction : UNKNOWN_JURISDICTION,
          why: placed.kind === "resolved" ? placed.why : placed.reason,
          action: `is replicated from ${replication.sources.join(", ")} (CN) to ${destination}${placed.kind === "resolved" ? ` (${placed.jurisdiction})` : ""} via ${replication.model.id}`,
          steps: replication.steps,
          notes: [`Source store: ${replication.sources.join(", ")} holds classified data (${used.map((o) => o.origin.path).join(", ")})`],
          codeJurisdiction: code.jurisdiction,
          ...(code.deployment ? { deployment: code.deployment } : {}),
        };
        if (placed.kind === "unresolved" || isUnplaced(placed.jurisdiction)) {
          const finding = unresolvedRemoteFinding(flow, flow.why, ctx);
          if (finding) findings.push(finding);
          continue;
        }
        if (isDomestic(placed.jurisdiction)) continue;
        const judged = judgeRemoteFlow(flow, ctx);
        flows.push(judged.inventory);
        if (judged.finding) findings.push(judged.finding);
      }
    }
  }
  return { findings, flows };
}

/**
 * Where the copied store is: the client's region when the call has one (a DynamoDB table, a bucket's
 * client), else the source name itself; a name vdx cannot place (or a bare table name, which reads as a
 * local host) leaves it to the caller (the code's own jurisdiction).
 */
function sourceJurisdictionOf(ctx: RemoteContext, replication: Replication): string | undefined {
  if (replication.sourceRegion?.kind === "known") {
    const cloud = replication.model.cloud !== undefined ? { cloud: replication.model.cloud } : {};
    const [placed] = ctx.place(replication.sourceRegion, { region: replication.sourceRegion, ...cloud });
    if (placed?.kind === "resolved" && !isUnplaced(placed.jurisdiction)) return placed.jurisdiction;
  }
  for (const source of replication.sources) {
    const [placed] = ctx.place(knownValue([source], []));
    if (placed?.kind === "resolved" && !isUnplaced(placed.jurisdiction) && !isInternalNetwork(placed.jurisdiction)) return placed.jurisdiction;
  }
  return undefined;
}

/** Bucket name of `bucket/key` copy sources; `arn:aws:s3:::bucket` → bucket. */
function sourceName(value: string, model: ReplicationModel): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return value;
  const name =
    value
      .replace(/^arn:aws[\w-]*:s3:::/, "")
      .replace(/^\//, "")
      .split("/")[0] ?? value;
  return `${model.sourceScheme}://${name}`;
}

/** The store a destination names, without scheme, user or port: what reads, writes and replications share. */
export function storeKey(destination: string): string {
  return destinationParts(destination)?.authority ?? destination.toLowerCase();
}

function listedTargets(
  ctx: RemoteContext,
  node: ts.CallExpression | ts.NewExpression,
  model: ReplicationModel,
): { value: StaticValue; region?: StaticValue }[] {
  const spec = model.targets;
  if (!spec) return [];
  const { ts } = ctx;
  let holder: ts.CallExpression | ts.NewExpression | undefined = node;
  if (spec.selector.call === "command" && model.command?.argument !== undefined) {
    const argument = node.arguments?.[model.command.argument];
    const definition = argument ? resolveDefinition(ctx.evaluator.context, argument) : undefined;
    const expression = definition?.kind === "expression" ? unwrapExpression(ts, definition.expression) : undefined;
    holder = expression && (ts.isNewExpression(expression) || ts.isCallExpression(expression)) ? expression : undefined;
  }
  const argument = holder?.arguments?.[spec.selector.argument];
  if (!argument) return [];
  const list = lookupPath(ctx.evaluator.context, argument, spec.selector.property ?? []);
  if (list.kind !== "found") return [];
  const array = unwrapExpression(ts, list.expression);
  if (!ts.isArrayLiteralExpression(array)) return [];
  const values: { value: StaticValue; region?: StaticValue }[] = [];
  for (const element of array.elements) {
    const inner = lookupPath(ctx.evaluator.context, element, spec.path);
    if (inner.kind !== "found") continue;
    const value = ctx.evaluator.evaluate(inner.expression);
    if (value.kind !== "known") {
      values.push({ value });
      continue;
    }
    const rendered = valuesOf(value).map((raw) => renderTarget(raw, model));
    // A resource name that carries its region (`qcs::cos:eu-frankfurt::bucket`) places the target by it.
    const regions = [
      ...new Set(
        valuesOf(value)
          .map((raw) => regionOfResourceName(raw))
          .filter((r): r is string => r !== undefined),
      ),
    ];
    values.push({ value: knownValue(rendered, value.origin), ...(regions.length > 0 ? { region: knownValue(regions, value.origin) } : {}) });
  }
  return values;
}

/** Tencent Cloud resource names: `qcs::cos:<region>::<bucket>` (the bucket may carry a `uid/` prefix). */
const QCS_RESOURCE = /^qcs::[a-z]+:([a-z0-9-]+):[^:]*:(?:uid\/\d+:)?(?:prefix\/\d+\/)?([^:/]+)/i;

function regionOfResourceName(raw: string): string | undefined {
  return QCS_RESOURCE.exec(raw)?.[1];
}

function renderTarget(raw: string, model: ReplicationModel): string {
  if (model.destinationKind === "region") return renderRegion(raw, { ...model, payload: [] }) ?? raw;
  if (model.destinationKind === "bucket") {
    const qcs = QCS_RESOURCE.exec(raw);
    return `${model.scheme ?? "s3"}://${qcs ? qcs[2] : raw.replace(/^arn:aws[\w-]*:s3:::/, "")}`;
  }
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `${model.scheme ?? "https"}://${raw}`;
}

function classifiedReadsByStore(ctx: RemoteContext): Map<string, OriginUse[]> {
  const byStore = new Map<string, OriginUse[]>();
  for (const file of ctx.files) {
    for (const read of ctx.reads.readsIn(file)) {
      if (read.destination.kind !== "known") continue;
      const data = ctx.dataOf(read);
      if (data.categories.length === 0) continue;
      for (const value of valuesOf(read.destination)) {
        const key = storeKey(value);
        byStore.set(key, [...(byStore.get(key) ?? []), ...data.origins]);
      }
    }
  }
  return byStore;
}

/** A table or collection named like a classified type holds its classified fields. */
function entityOrigins(ctx: RemoteContext, source: string): OriginUse[] {
  const name = destinationParts(source)?.authority ?? source;
  if (!/^(dynamodb|mongodb|table):/.test(source)) return [];
  return ctx.entities.fieldsOf(name).map((field) => {
    const origin = fieldOrigin(field);
    return { origin, categories: [...origin.categories], steps: [] };
  });
}
