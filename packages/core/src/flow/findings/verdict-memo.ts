import type { Organization } from "../../model/config.js";
import type { RulePack } from "../../model/pack.js";
import type { AssessmentRegistry } from "../../model/registry.js";
import type { FlowFacts, Verdict } from "../../model/verdict.js";
import { evaluateFlow, type EvaluationContext } from "../../verdict/index.js";

/**
 * `evaluateFlow` is pure, and an editor re-lints the same flows after every
 * keystroke: a verdict is computed once per distinct set of facts and reused
 * for as long as the registry, pack, organisation and scan date are the same
 * objects (the front ends load them once and replace them when their files
 * change). The facts' `location` is not part of the key: the verdict never
 * reads it, so flows that differ only in where they are share one verdict.
 * Verdicts are shared between findings and must not be mutated (nothing does:
 * findings copy what they show).
 */
const byRegistry = new WeakMap<AssessmentRegistry, WeakMap<RulePack, WeakMap<Organization, Map<string, Verdict>>>>();

/** Enough for every distinct flow of a large project; beyond it the memo starts over rather than grow for hours. */
const MAX_ENTRIES = 20_000;

export function memoisedEvaluateFlow(flow: FlowFacts, context: EvaluationContext): Verdict {
  const memo = memoFor(context);
  const key = JSON.stringify([context.asOf, flow.categories, flow.destination, flow.jurisdiction, flow.behaviour, flow.vehicleSide, flow.citedRecord ?? null]);
  let verdict = memo.get(key);
  if (!verdict) {
    verdict = evaluateFlow(flow, context);
    if (memo.size >= MAX_ENTRIES) memo.clear();
    memo.set(key, verdict);
  }
  return verdict;
}

function memoFor(context: EvaluationContext): Map<string, Verdict> {
  let byPack = byRegistry.get(context.registry);
  if (!byPack) byRegistry.set(context.registry, (byPack = new WeakMap()));
  let byOrganization = byPack.get(context.pack);
  if (!byOrganization) byPack.set(context.pack, (byOrganization = new WeakMap()));
  let memo = byOrganization.get(context.organization);
  if (!memo) byOrganization.set(context.organization, (memo = new Map<string, Verdict>()));
  return memo;
}
