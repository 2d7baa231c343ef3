import { relative } from "node:path";
import type { VdxConfig } from "../model/config.js";
import type { Behaviour, Finding, FlowStep, RuleId } from "../model/finding.js";
import type { SourceLocation } from "../model/location.js";
import type { Jurisdiction, RulePack } from "../model/pack.js";
import type { AssessmentRegistry } from "../model/registry.js";
import type { Verdict } from "../model/verdict.js";
import type { InventoryFlow } from "../model/analysis.js";
import { relativeToRoot } from "../paths/report-paths.js";
import type { Origin } from "../flow/taint/taint.js";
import { evaluateFlow } from "../verdict/index.js";
import { describeData, originPaths } from "../flow/findings/messages.js";
import { findingMessage, textMessage, type FindingMessage } from "../messages/render-message.js";
import { recordShortfall, verdictLines } from "../flow/findings/verdict-text.js";
import { UNKNOWN_JURISDICTION } from "../jurisdiction/index.js";

/** One remote-access or processing-abroad flow, ready to be judged. */
export interface RemoteFlow {
  behaviour: Exclude<Behaviour, "push">;
  location: SourceLocation;
  /** Enclosing function name for the fingerprint (never a line number). */
  scope: string;
  categories: string[];
  origins: { origin: Origin; categories: string[]; steps: FlowStep[] }[];
  /** What the registry matches (store URL, origin URL, replica bucket, `route://DE/path`). */
  destination: string;
  jurisdiction: Jurisdiction;
  /** Why that jurisdiction. */
  why: string;
  /** The sentence after the data: "is read from postgres://… (CN) by code deployed in DE via pg-pool-query". */
  action: string;
  /** Extra steps after the classification path (client creation, exposure, route). */
  steps: FlowStep[];
  /** Extra reasoning lines for `vdx explain`. */
  notes: string[];
  codeJurisdiction: Jurisdiction;
  deployment?: string;
  citedRecord?: string;
  /** A verdict decided by the caller (processing abroad judged against the arrival's records). */
  verdict?: Verdict;
}

export interface RemoteJudgeContext {
  config: VdxConfig;
  pack: RulePack;
  registry: AssessmentRegistry;
  asOf: string;
}

export function verdictOf(flow: RemoteFlow, ctx: RemoteJudgeContext): Verdict {
  return (
    flow.verdict ??
    evaluateFlow(
      {
        categories: flow.categories,
        destination: flow.destination,
        jurisdiction: flow.jurisdiction,
        behaviour: flow.behaviour,
        location: flow.location,
        vehicleSide: false,
        ...(flow.citedRecord !== undefined ? { citedRecord: flow.citedRecord } : {}),
      },
      { registry: ctx.registry, organization: ctx.config.organization, pack: ctx.pack, asOf: ctx.asOf },
    )
  );
}

/** The registry verdict, the inventory entry and (when not covered) the finding of one flow. */
export function judgeRemoteFlow(flow: RemoteFlow, ctx: RemoteJudgeContext): { finding?: Finding; inventory: InventoryFlow } {
  const verdict = verdictOf(flow, ctx);
  const assessment = verdict.record ?? flow.citedRecord;
  const inventory: InventoryFlow = {
    location: flow.location,
    categories: flow.categories,
    destination: flow.destination,
    jurisdiction: flow.jurisdiction,
    behaviour: flow.behaviour,
    status: verdict.status,
    ...(assessment ? { assessment } : {}),
  };
  const rule: RuleId | undefined =
    verdict.status === "gap" ? "unassessed-export" : verdict.status === "expired" || verdict.status === "inadequate" ? "inadequate-assessment" : undefined;
  if (!rule) return { inventory };
  return { inventory, finding: remoteFinding(rule, "error", flow, verdict, ctx) };
}

/** A flow whose other end vdx cannot place: `unresolved-destination` with the remote behaviour. */
export function unresolvedRemoteFinding(flow: RemoteFlow, reason: string, ctx: RemoteJudgeContext): Finding | undefined {
  const policy = ctx.config.unknownHosts;
  if (policy === "ignore") return undefined;
  const message = findingMessage("unresolved-destination", "unresolvedRemote", {
    payload: describeData(flow.categories, flow.origins),
    action: flow.action,
    destination: flow.destination,
    reason,
  });
  // The code flow's last step says the same: what happens, and why vdx cannot place the other end.
  const placed = { ...flow, action: `${flow.action}, but vdx cannot place ${flow.destination} (${reason}): add it to config hosts with its jurisdiction` };
  return remoteFinding("unresolved-destination", policy === "error" ? "error" : "warn", placed, undefined, ctx, message);
}

function remoteFinding(
  rule: RuleId,
  level: "error" | "warn",
  flow: RemoteFlow,
  verdict: Verdict | undefined,
  ctx: RemoteJudgeContext,
  message = remoteMessage(rule, flow, verdict),
): Finding {
  const assessment = verdict?.record ?? flow.citedRecord;
  return {
    ruleId: rule,
    level,
    ...message,
    location: flow.location,
    export: {
      categories: flow.categories,
      destination: flow.destination,
      jurisdiction: rule === "unresolved-destination" ? UNKNOWN_JURISDICTION : flow.jurisdiction,
      behaviour: flow.behaviour,
      ...(assessment ? { assessment } : {}),
    },
    flow: codeFlow(flow),
    fingerprint: [rule, flow.behaviour, relativeToRoot(ctx.config.root, flow.location.file), flow.scope, flow.categories.join(","), flow.destination].join("|"),
    details: explain(flow, verdict, ctx.config.root),
  };
}

/** The message of a remote flow a record should cover: what the party abroad does with which data, and what the record lacks. */
function remoteMessage(rule: RuleId, flow: RemoteFlow, verdict: Verdict | undefined): FindingMessage {
  const payload = describeData(flow.categories, flow.origins);
  if (verdict && rule === "inadequate-assessment") {
    return findingMessage("inadequate-assessment", "inadequateRemote", {
      payload,
      action: flow.action,
      shortfall: recordShortfall(verdict, verdict.record ?? flow.citedRecord),
      required: verdict.required,
    });
  }
  if (verdict) {
    const citedShortfall = flow.citedRecord ? ` (${recordShortfall(verdict, flow.citedRecord)})` : "";
    return findingMessage("unassessed-export", "unassessedRemote", { payload, action: flow.action, citedShortfall, required: verdict.required });
  }
  return textMessage(`${payload} ${flow.action}`);
}

function codeFlow(flow: RemoteFlow): FlowStep[] {
  const first = flow.origins[0];
  const steps: FlowStep[] = first ? [first.origin.step, ...first.steps] : [];
  steps.push(...flow.steps, { location: flow.location, message: `${flow.behaviour}: ${flow.action}: ${originPaths(flow.origins).join(", ")}` });
  const out: FlowStep[] = [];
  for (const step of steps) {
    const last = out[out.length - 1];
    if (last?.message === step.message && last.location.file === step.location.file && last.location.line === step.location.line) continue;
    out.push(step);
  }
  return out;
}

function explain(flow: RemoteFlow, verdict: Verdict | undefined, root: string): string[] {
  const at = (l: SourceLocation): string => `${relative(root, l.file) || l.file}:${l.line}:${l.column}`;
  const lines = [`Behaviour: ${flow.behaviour}`, `Data (${flow.categories.join(", ")}):`];
  for (const o of flow.origins) lines.push(`  - ${o.origin.path}: ${o.categories.join(", ")} by ${o.origin.evidence}, classified at ${at(o.origin.location)}`);
  const first = flow.origins[0];
  if (first) {
    lines.push(`Path (from ${first.origin.path}):`);
    for (const step of [first.origin.step, ...first.steps, ...flow.steps]) lines.push(`  ${at(step.location)}  ${step.message}`);
  }
  lines.push(`What happens: ${flow.action}`);
  lines.push(`Party abroad: ${flow.destination} → jurisdiction ${flow.jurisdiction}: ${flow.why}`);
  lines.push(`Code runs in: ${flow.codeJurisdiction}${flow.deployment ? ` (deployments entry ${flow.deployment})` : " (no deployments entry matches: China)"}`);
  lines.push(...flow.notes);
  if (flow.citedRecord) lines.push(`Cited record: ${flow.citedRecord} (verified, not a suppression)`);
  if (verdict) lines.push(...verdictLines(verdict));
  return lines;
}
