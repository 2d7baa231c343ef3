import type ts from "typescript";
import type { VdxConfig } from "../../model/config.js";
import type { Finding, FlowStep, RuleId } from "../../model/finding.js";
import type { RulePack } from "../../model/pack.js";
import type { AssessmentRegistry } from "../../model/registry.js";
import type { Verdict } from "../../model/verdict.js";
import type { TS } from "../values/typescript-module.js";
import type { InventoryFlow } from "../../model/analysis.js";
import { isMainlandChina, isUnplaced, UNKNOWN_JURISDICTION } from "../../jurisdiction/index.js";
import { citedRecordOf } from "../sinks/citation.js";
import type { CodePlacements } from "../border/code-placement.js";
import type { PlacedDestination, PlacementHints } from "../border/place-destination.js";
import { enclosingFunctionName } from "../taint/units.js";
import { destinationExpressions, environmentVariablesIn } from "./environment-destination.js";
import { explainFlow } from "./explain-flow.js";
import type { FlowGroup } from "./flow-groups.js";
import { exportMessage, originPaths, unresolvedMessage } from "./messages.js";
import { findingMessage } from "../../messages/render-message.js";
import { fingerprintPath } from "./relative-paths.js";
import { memoisedPlaceDestination } from "./placement-memo.js";
import { memoisedEvaluateFlow } from "./verdict-memo.js";

export interface ExportFindingContext {
  ts: TS;
  /** The checker of the analysed program (to name the environment variable an unresolved destination is read from). */
  checker: ts.TypeChecker;
  config: VdxConfig;
  pack: RulePack;
  registry: AssessmentRegistry;
  asOf: string;
  placements: CodePlacements;
}

/**
 * Border logic and registry check for every flow group: where the code runs,
 * where the destination is, whether that crosses the border, and what the
 * registry says. Every group becomes an inventory flow; the ones that are not
 * covered become findings.
 */
export function exportFindings(groups: readonly FlowGroup[], ctx: ExportFindingContext): { findings: Finding[]; flows: InventoryFlow[] } {
  const findings: Finding[] = [];
  const flows: InventoryFlow[] = [];
  for (const group of groups) {
    // One flow that cannot be judged (a vdx bug) is reported as such; the other flows are judged as usual.
    try {
      judgeGroup(group, ctx, findings, flows);
    } catch (error) {
      findings.push(unjudgedFinding(group, error));
    }
  }
  return { findings, flows };
}

function judgeGroup(group: FlowGroup, ctx: ExportFindingContext, findings: Finding[], flows: InventoryFlow[]): void {
  const citedRecord = group.reportNode === group.sink.node ? group.sink.citedRecord : (citedRecordOf(ctx.ts, group.reportNode) ?? group.sink.citedRecord);
  const code = ctx.placements.of(group.location.file);
  const sinkCode = ctx.placements.of(group.sink.location.file);
  const vehicleSide = code.vehicleSide ?? sinkCode.vehicleSide;
  const judged: JudgedAlternative[] = [];
  for (const placed of memoisedPlaceDestination(group.destination, placementHints(group, ctx), { pack: ctx.pack, hosts: ctx.config.hosts })) {
    const base = { group, placed, citedRecord, code, vehicleSide, ctx };
    // Code deployed abroad that sends is processing abroad, not a push from China (judged elsewhere),
    // wherever it sends: a destination it cannot resolve (its own store, named by its settings) included.
    if (!isMainlandChina(code.jurisdiction)) {
      flows.push(inventory(group, placed, "not-export", citedRecord));
      continue;
    }
    if (placed.kind === "unresolved" || isUnplaced(placed.jurisdiction)) {
      const unresolved = unresolvedFinding(base);
      flows.push(inventory(group, placed, "gap", citedRecord));
      if (unresolved) findings.push(unresolved);
      continue;
    }
    const verdict = memoisedEvaluateFlow(
      {
        categories: group.categories,
        destination: placed.destination,
        jurisdiction: placed.jurisdiction,
        behaviour: "push",
        location: group.location,
        vehicleSide: vehicleSide !== undefined,
        ...(citedRecord !== undefined ? { citedRecord } : {}),
      },
      { registry: ctx.registry, organization: ctx.config.organization, pack: ctx.pack, asOf: ctx.asOf },
    );
    flows.push(inventory(group, placed, verdict.status, verdict.record ?? citedRecord));
    const rule = ruleFor(verdict);
    if (rule) judged.push({ rule, verdict, base });
  }
  for (const { rule, verdict, base } of mergeAlternatives(judged)) findings.push(exportFinding(rule, verdict, base));
}

function unjudgedFinding(group: FlowGroup, error: unknown): Finding {
  const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
  return {
    ruleId: "invalid-input",
    level: "error",
    ...findingMessage("invalid-input", "unjudgedFlow", { categories: group.categories.join(", "), sink: group.sink.model.id, reason: reason ?? "" }),
    location: group.location,
    fingerprint: `flow-unjudged|${group.sink.model.id}|${group.categories.join(",")}`,
  };
}

interface JudgedAlternative {
  rule: RuleId;
  verdict: Verdict;
  base: FindingBase;
}

/**
 * Several destinations of one call (the brokers of a Kafka cluster, the alternatives of a ternary)
 * that land in the same jurisdiction with the same verdict are one export, not one per host: the
 * finding names them all. Alternatives that differ in jurisdiction or verdict stay separate.
 */
function mergeAlternatives(judged: readonly JudgedAlternative[]): JudgedAlternative[] {
  const merged = new Map<string, { first: JudgedAlternative; destinations: string[] }>();
  for (const entry of judged) {
    const placed = entry.base.placed as Extract<PlacedDestination, { kind: "resolved" }>;
    const gaps = entry.verdict.gaps
      .map((g) => `${g.kind}:${g.record ?? ""}:${(g.categories ?? []).join(",")}`)
      .sort()
      .join(";");
    const key = [entry.rule, placed.jurisdiction, entry.verdict.status, entry.verdict.record ?? "", placed.overridableBy ?? "", gaps].join("|");
    const existing = merged.get(key);
    if (!existing) merged.set(key, { first: entry, destinations: [placed.destination] });
    else if (!existing.destinations.includes(placed.destination)) existing.destinations.push(placed.destination);
  }
  return [...merged.values()].map(({ first, destinations }) => {
    if (destinations.length === 1) return first;
    const placed = { ...(first.base.placed as Extract<PlacedDestination, { kind: "resolved" }>), destination: destinations.join(" | ") };
    return { ...first, base: { ...first.base, placed } };
  });
}

interface FindingBase {
  group: FlowGroup;
  placed: PlacedDestination;
  citedRecord: string | undefined;
  code: { jurisdiction: string; deployment?: string };
  vehicleSide: string | undefined;
  ctx: ExportFindingContext;
}

function ruleFor(verdict: Verdict): RuleId | undefined {
  switch (verdict.status) {
    case "gap":
      return "unassessed-export";
    case "expired":
    case "inadequate":
      return "inadequate-assessment";
    case "vehicle-direct":
      return "vehicle-direct-export";
    default:
      return undefined;
  }
}

function exportFinding(rule: RuleId, verdict: Verdict, base: FindingBase): Finding {
  const { group, placed } = base;
  const resolved = placed as Extract<PlacedDestination, { kind: "resolved" }>;
  const assessment = verdict.record ?? base.citedRecord;
  return {
    ruleId: rule,
    level: "error",
    ...exportMessage(rule, verdict, group, resolved, base.citedRecord),
    location: group.location,
    export: {
      categories: group.categories,
      destination: resolved.destination,
      jurisdiction: resolved.jurisdiction,
      behaviour: "push",
      ...(assessment ? { assessment } : {}),
    },
    flow: codeFlow(group, resolved.destination),
    fingerprint: fingerprintOf(rule, base, resolved.destination),
    details: explainFlow({ ...base, verdict }),
  };
}

function unresolvedFinding(base: FindingBase): Finding | undefined {
  const policy = base.ctx.config.unknownHosts;
  if (policy === "ignore") return undefined;
  const { group, placed } = base;
  const destination = placed.kind === "resolved" ? placed.destination : placed.description;
  return {
    ruleId: "unresolved-destination",
    level: policy === "error" ? "error" : "warn",
    ...unresolvedMessage(group, placed),
    location: group.location,
    export: {
      categories: group.categories,
      destination,
      jurisdiction: UNKNOWN_JURISDICTION,
      behaviour: "push",
      ...(base.citedRecord ? { assessment: base.citedRecord } : {}),
    },
    flow: codeFlow(group, destination),
    fingerprint: fingerprintOf("unresolved-destination", base, destination),
    details: explainFlow({ ...base, verdict: undefined }),
  };
}

/** What the sink's client says about where it sends (region, endpoint), and the environment variables an unknown destination is read from. */
function placementHints(group: FlowGroup, ctx: ExportFindingContext): PlacementHints {
  const sink = group.sink as FlowGroup["sink"] & { endpoint?: unknown };
  const model = sink.model;
  let environment: string[] = [];
  if (group.destination.kind === "unknown") {
    // At the sink, the model says which arguments hold the destination; at a helper's caller, any argument may.
    const report = group.reportNode;
    const expressions =
      report === sink.node
        ? destinationExpressions(ctx.ts, report, model.destination)
        : ctx.ts.isCallExpression(report) || ctx.ts.isNewExpression(report)
          ? [...(report.arguments ?? [])]
          : [];
    environment = environmentVariablesIn(ctx.ts, ctx.checker, expressions);
  }
  return {
    ...(isStatic(sink.region) ? { region: sink.region } : {}),
    ...(isStatic(sink.endpoint) ? { endpoint: sink.endpoint } : {}),
    ...(model.cloud !== undefined ? { cloud: model.cloud } : {}),
    ...(model.regionFormat !== undefined ? { regionFormat: model.regionFormat } : {}),
    ...(environment.length > 0 ? { environment } : {}),
  };
}

/** Classification → path → sink (naming every field that reaches it), then the calls that supplied the destination. */
function codeFlow(group: FlowGroup, destination: string): FlowStep[] {
  const first = group.origins[0];
  const steps: FlowStep[] = [];
  if (first) steps.push(first.origin.step, ...first.steps);
  steps.push(...group.sink.steps);
  steps.push({ location: group.sink.location, message: `sent by ${group.sink.model.id} to ${destination}: ${originPaths(group.origins).join(", ")}` });
  steps.push(...[...group.destinationSteps].reverse());
  return dedupeSteps(steps);
}

function dedupeSteps(steps: FlowStep[]): FlowStep[] {
  const out: FlowStep[] = [];
  for (const step of steps) {
    const last = out[out.length - 1];
    if (last?.message === step.message && last.location.line === step.location.line && last.location.file === step.location.file) continue;
    out.push(step);
  }
  return out;
}

function fingerprintOf(rule: string, base: FindingBase, destination: string): string {
  const file = fingerprintPath(base.ctx.config.root, base.group.location.file);
  const fn = enclosingFunctionName(base.ctx.ts, base.group.reportNode);
  return [rule, file, fn, base.group.categories.join(","), destination].join("|");
}

function inventory(group: FlowGroup, placed: PlacedDestination, status: InventoryFlow["status"], assessment: string | undefined): InventoryFlow {
  return {
    location: group.location,
    categories: group.categories,
    destination: placed.kind === "resolved" ? placed.destination : placed.description,
    jurisdiction: placed.kind === "resolved" ? placed.jurisdiction : UNKNOWN_JURISDICTION,
    behaviour: "push",
    status,
    ...(assessment ? { assessment } : {}),
  };
}

function isStatic(value: unknown): value is import("../values/static-value.js").StaticValue {
  return typeof value === "object" && value !== null && "kind" in value;
}
