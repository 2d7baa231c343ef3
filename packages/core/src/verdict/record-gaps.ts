import type { Organization } from "../model/config.js";
import type { RulePack } from "../model/pack.js";
import type { AssessmentRecord, AssessmentRegistry } from "../model/registry.js";
import type { FilingReference, FlowFacts, Gap, Requirement } from "../model/verdict.js";
import { destinationMatches } from "../registry/destination-pattern.js";
import type { ClassifiedCategories } from "./classify-categories.js";
import { declaredScale, ownScale } from "./declared-scale.js";
import { exemptionGaps, filingReferenceOf } from "./exemption-gaps.js";
import { computeRequirement, levelRank } from "./requirement.js";
import { validityGap } from "./validity.js";

export interface RecordContext {
  registry: AssessmentRegistry;
  organization: Organization;
  pack: RulePack;
  asOf: string;
}

export interface RecordJudgement {
  record: AssessmentRecord;
  gaps: Gap[];
  /** What the flow needs at this record's declared scale (with related records added). */
  requirement: Requirement;
  /** E5–E7: the filing reference the record stands on. */
  filingReference?: FilingReference;
}

const ALL_BEHAVIOURS = ["push", "remote-access", "processing-abroad"] as const;

function securityAssessmentReasons(requirement: Requirement): Requirement["reasons"] {
  return requirement.reasons.filter((r) => r.level === "security-assessment");
}

/**
 * Every reason `record` does not cover the flow, in the order a user fixes
 * them: validity, destination, behaviour, categories, mechanism and scale,
 * map approval. An empty list means covered.
 */
export function judgeRecord(record: AssessmentRecord, flow: FlowFacts, classes: ClassifiedCategories, context: RecordContext): RecordJudgement {
  const gaps: Gap[] = [];
  const own = ownScale(record);
  const total = declaredScale(record, context);
  const requirementOwn = computeRequirement(classes, context, own);
  const requirement = computeRequirement(classes, context, total);

  const validity = validityGap(record, context.asOf);
  if (validity) gaps.push(validity);

  if (!record.destinations.some((pattern) => destinationMatches(pattern, flow.destination))) {
    gaps.push({
      kind: "destination-missing",
      record: record.id,
      message: `record ${record.id} does not list destination ${flow.destination} (it lists ${record.destinations.join(", ") || "none"})`,
    });
  }
  const behaviours = record.behaviours ?? ALL_BEHAVIOURS;
  if (!behaviours.includes(flow.behaviour)) {
    gaps.push({ kind: "behaviour-missing", record: record.id, message: `record ${record.id} covers ${behaviours.join(", ")}, not ${flow.behaviour}` });
  }
  const missing = classes.all.filter((id) => !record.categories.includes(id));
  if (missing.length > 0) {
    gaps.push({ kind: "category-missing", record: record.id, categories: missing, message: `record ${record.id} does not list ${missing.join(", ")}` });
  }

  if (record.mechanism === "exemption") {
    gaps.push(...exemptionGaps(record, classes, requirement, { own, total }, context));
  } else if (record.mechanism !== "security-assessment") {
    const weak = securityAssessmentReasons(requirementOwn);
    const split = securityAssessmentReasons(requirement);
    if (weak.length > 0) {
      gaps.push({
        kind: "mechanism-too-weak",
        record: record.id,
        categories: [...new Set(weak.flatMap((r) => r.categories))],
        message: `record ${record.id} is a ${record.mechanism}; a security assessment is needed: ${weak.map((r) => r.text).join("; ")}`,
      });
    } else if (split.length > 0 && levelRank(requirement.level) > levelRank(requirementOwn.level)) {
      gaps.push({
        kind: "scale-exceeds-declared",
        record: record.id,
        categories: [...new Set(split.flatMap((r) => r.categories))],
        message: `record ${record.id} is a ${record.mechanism} and adequate for its own declared scale, but quantities may not be split: ${split.map((r) => r.text).join("; ")} — a security assessment is needed`,
      });
    }
  }

  if (requirement.mapApproval.required && !record.mapApproval) {
    gaps.push({
      kind: "map-approval-missing",
      record: record.id,
      categories: requirement.mapApproval.categories,
      message: `${requirement.mapApproval.categories.join(", ")} need the surveying authority's approval for provision abroad; record ${record.id} has no mapApproval`,
    });
  }
  const filingReference = filingReferenceOf(record, context.pack);
  return { record, gaps, requirement, ...(filingReference ? { filingReference } : {}) };
}
