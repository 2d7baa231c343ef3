import type { Organization } from "../model/config.js";
import type { RulePack } from "../model/pack.js";
import type { AssessmentRegistry } from "../model/registry.js";
import type { FlowFacts, Gap, Requirement, Verdict } from "../model/verdict.js";
import { suggestIds } from "../categories/did-you-mean.js";
import { isDomestic, isKnownForeign, isMainlandChina } from "../jurisdiction/index.js";
import { carriesRegulatedData, classifyCategories, type ClassifiedCategories } from "./classify-categories.js";
import { judgeRecord, type RecordJudgement } from "./record-gaps.js";
import { recordsForDestination } from "./record-index.js";
import { computeRequirement, describeRequirement } from "./requirement.js";

export interface EvaluationContext {
  registry: AssessmentRegistry;
  organization: Organization;
  pack: RulePack;
  /** Scan date, `YYYY-MM-DD`. */
  asOf: string;
}

/**
 * Judges one flow against the assessment registry: which mechanism the data
 * needs (regulation.md) and whether a record provides it on the scan date.
 * Pure: the same inputs always give the same verdict. (Lookups are cached per
 * registry object and scan date, so do not mutate a registry between calls.)
 *
 * A destination of jurisdiction `unknown` is judged as if it were foreign (a
 * record may still name it); callers that report unresolved destinations
 * separately should do so before calling.
 */
export function evaluateFlow(flow: FlowFacts, context: EvaluationContext): Verdict {
  const classes = classifyCategories(flow.categories, context.pack, context.organization);
  const undeclared = computeRequirement(classes, context);

  if (isDomestic(flow.jurisdiction)) {
    const where = isMainlandChina(flow.jurisdiction) ? "mainland China (CN)" : "the organisation's own network (internal)";
    return { status: "not-export", required: `no mechanism: the destination is in ${where}`, gaps: [], tried: [] };
  }
  if (!carriesRegulatedData(classes)) {
    return { status: "not-export", required: describeRequirement(undeclared, classes), gaps: [], tried: [], requirement: undeclared };
  }
  if (flow.vehicleSide && isKnownForeign(flow.jurisdiction)) return vehicleDirect(flow, classes, undeclared);

  if (flow.citedRecord !== undefined) return evaluateCitation(flow, flow.citedRecord, classes, context, undeclared);

  const judgements = recordsForDestination(context.registry, flow.destination).map((record) => judgeRecord(record, flow, classes, context));
  if (judgements.length === 0) {
    const registry = context.registry.file ? ` in ${context.registry.file}` : "";
    return {
      status: "gap",
      required: describeRequirement(undeclared, classes),
      gaps: [{ kind: "no-record", categories: classes.all, message: `no record${registry} lists destination ${flow.destination} (${flow.jurisdiction})` }],
      tried: [],
      requirement: undeclared,
    };
  }
  return verdictFor(best(judgements), judgements, classes);
}

function vehicleDirect(flow: FlowFacts, classes: ClassifiedCategories, requirement: Requirement): Verdict {
  const regulated = [...classes.important, ...classes.pi, ...classes.sensitive];
  const gap: Gap = {
    kind: "vehicle-side",
    categories: regulated,
    message: `on-vehicle code sends ${regulated.join(", ")} directly to ${flow.destination} (${flow.jurisdiction}); vehicles must not send PI or important data straight to foreign hosts (GB/T 44464-2024 §5.8/§6.7), whatever the registry says — route it through a domestic platform`,
  };
  return {
    status: "vehicle-direct",
    required: "no direct transfer from the vehicle: send the data to a domestic platform, which may then export it under a recorded mechanism",
    gaps: [gap],
    tried: [],
    requirement,
  };
}

function evaluateCitation(flow: FlowFacts, cited: string, classes: ClassifiedCategories, context: EvaluationContext, undeclared: Requirement): Verdict {
  const record = context.registry.records.find((r) => r.id === cited);
  if (!record) {
    const suggestions = suggestIds(
      cited,
      context.registry.records.map((r) => r.id),
      1,
    );
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions[0]!}?` : "";
    return {
      status: "gap",
      required: describeRequirement(undeclared, classes),
      gaps: [{ kind: "record-not-found", record: cited, message: `the cited record ${cited} does not exist in the assessment registry${hint}` }],
      tried: [],
      requirement: undeclared,
    };
  }
  const judgement = judgeRecord(record, flow, classes, context);
  return verdictFor(judgement, [judgement], classes);
}

/** Fewest gaps first, then fewest categories involved, then registry order (stable sort). */
function best(judgements: RecordJudgement[]): RecordJudgement {
  const weight = (j: RecordJudgement) => j.gaps.reduce((sum, g) => sum + (g.categories?.length ?? 1), 0);
  return [...judgements].sort((a, b) => a.gaps.length - b.gaps.length || weight(a) - weight(b))[0]!;
}

function verdictFor(chosen: RecordJudgement, judgements: RecordJudgement[], classes: ClassifiedCategories): Verdict {
  const status = chosen.gaps.length === 0 ? "covered" : chosen.gaps.every((g) => g.kind === "record-expired") ? "expired" : "inadequate";
  return {
    status,
    record: chosen.record.id,
    required: describeRequirement(chosen.requirement, classes),
    gaps: chosen.gaps,
    tried: judgements.map((j) => ({ record: j.record.id, gaps: j.gaps, ...(j.filingReference ? { filingReference: j.filingReference } : {}) })),
    requirement: chosen.requirement,
    ...(chosen.filingReference ? { filingReference: chosen.filingReference } : {}),
  };
}
