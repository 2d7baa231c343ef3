import type { Organization } from "../model/config.js";
import type { RulePack } from "../model/pack.js";
import type { Requirement, RequirementLevel } from "../model/verdict.js";
import type { ClassifiedCategories } from "./classify-categories.js";
import type { DeclaredScale } from "./declared-scale.js";
import { formatCount } from "./format-count.js";
import { categoriesNeedingMapApproval } from "./map-approval.js";

/** Thresholds of regulation.md (people per calendar year). */
const SENSITIVE_PI_SA_THRESHOLD = 10_000;
const ORDINARY_PI_SA_THRESHOLD = 1_000_000;
const ORDINARY_PI_CONTRACT_THRESHOLD = 100_000;

const LEVEL_ORDER: readonly RequirementLevel[] = ["none", "exempt", "contract-or-certification", "security-assessment"];

export function levelRank(level: RequirementLevel): number {
  return LEVEL_ORDER.indexOf(level);
}

export interface RequirementContext {
  organization: Organization;
  pack: RulePack;
}

function figure(value: number | undefined, scale: DeclaredScale | undefined, missingIn: string | undefined, key: string, sensitive: boolean): string {
  if (value === undefined) {
    if (!scale) return "number of people not declared in any record: take the higher level";
    return `record ${missingIn ?? "?"} declares no scale.${key}: take the higher level`;
  }
  if (sensitive && scale?.sensitiveBoundedByIndividuals) return `scale.sensitiveIndividuals not declared: taken as all ${formatCount(value)} people`;
  if (scale && scale.addedFrom.length > 0) return `declared ${formatCount(value)} in total with ${scale.addedFrom.join(", ")}`;
  return `declared ${formatCount(value)}`;
}

/**
 * What the flow needs under regulation.md's mechanism table. `scale` is the
 * declared scale of the record being judged (with related records added);
 * without one, every people count is undeclared and taken at the higher level.
 */
export function computeRequirement(classes: ClassifiedCategories, context: RequirementContext, scale?: DeclaredScale): Requirement {
  const reasons: Requirement["reasons"] = [];
  if (classes.important.length > 0) {
    const notes = classes.important.map((id) => classes.importantBecause.get(id)).filter((n): n is string => n !== undefined);
    const exemptionHints = classes.important.flatMap((id) =>
      [...context.pack.exemptions.values()]
        .filter((e) => e.coversCategories.includes(id))
        .map((e) => `an exemption ${e.id}${e.requiresFilingReference ? " with a filing reference" : ""} also covers ${id}`),
    );
    const detail = [...notes, ...exemptionHints].join("; ");
    reasons.push({
      level: "security-assessment",
      categories: [...classes.important],
      text: `important data (${classes.important.join(", ")})${detail ? `; ${detail}` : ""}`,
    });
  }
  const personal = [...classes.pi, ...classes.sensitive];
  const ciio = context.organization.ciio === true;
  if (personal.length > 0 && ciio) {
    reasons.push({
      level: "security-assessment",
      categories: personal,
      text: "personal information exported by a critical-information-infrastructure operator (organization.ciio)",
    });
  }
  if (classes.sensitive.length > 0) {
    const count = scale?.sensitiveIndividuals;
    const said = figure(count, scale, scale?.sensitiveMissingIn, "sensitiveIndividuals", true);
    if (count === undefined) reasons.push({ level: "security-assessment", categories: [...classes.sensitive], text: `sensitive PI (${said})` });
    else if (count >= SENSITIVE_PI_SA_THRESHOLD)
      reasons.push({
        level: "security-assessment",
        categories: [...classes.sensitive],
        text: `sensitive PI of ≥ ${formatCount(SENSITIVE_PI_SA_THRESHOLD)} people (${said})`,
      });
    else
      reasons.push({
        level: "contract-or-certification",
        categories: [...classes.sensitive],
        text: `sensitive PI of < ${formatCount(SENSITIVE_PI_SA_THRESHOLD)} people (${said})`,
      });
  }
  if (classes.pi.length > 0) {
    const count = scale?.individuals;
    const said = figure(count, scale, scale?.individualsMissingIn, "individuals", false);
    if (count === undefined) reasons.push({ level: "security-assessment", categories: [...classes.pi], text: `personal information (${said})` });
    else if (count >= ORDINARY_PI_SA_THRESHOLD)
      reasons.push({
        level: "security-assessment",
        categories: [...classes.pi],
        text: `ordinary PI of ≥ ${formatCount(ORDINARY_PI_SA_THRESHOLD)} people (${said})`,
      });
    else if (count >= ORDINARY_PI_CONTRACT_THRESHOLD) {
      reasons.push({
        level: "contract-or-certification",
        categories: [...classes.pi],
        text: `ordinary PI of ${formatCount(ORDINARY_PI_CONTRACT_THRESHOLD)}–${formatCount(ORDINARY_PI_SA_THRESHOLD - 1)} people (${said})`,
      });
    } else if (classes.sensitive.length === 0 && !ciio) {
      reasons.push({ level: "exempt", categories: [...classes.pi], text: `ordinary PI of < ${formatCount(ORDINARY_PI_CONTRACT_THRESHOLD)} people (${said})` });
    }
  }
  const level = reasons.reduce<RequirementLevel>((max, r) => (levelRank(r.level) > levelRank(max) ? r.level : max), "none");
  const mapCategories = categoriesNeedingMapApproval(classes.all, context.pack);
  return { level, reasons, mapApproval: { required: mapCategories.length > 0, categories: mapCategories } };
}

const LEVEL_WORDS: Record<RequirementLevel, string> = {
  "security-assessment": "security assessment",
  "contract-or-certification": "standard contract or certification (a security assessment also suffices)",
  exempt: "no mechanism needed, exempt under E8 (worth recording as an exemption record)",
  none: "no mechanism",
};

/** The sentence of `Verdict.required`: "security assessment: sensitive PI of ≥ 10,000 people (declared 25,000)". */
export function describeRequirement(requirement: Requirement, classes: ClassifiedCategories): string {
  const reasons = requirement.reasons.filter((r) => r.level === requirement.level).map((r) => r.text);
  if (requirement.level === "none") reasons.push(...classes.belowScale.map((b) => b.reason));
  const map = requirement.mapApproval.required
    ? ` + the surveying authority's approval for provision abroad (${requirement.mapApproval.categories.join(", ")})`
    : "";
  return `${LEVEL_WORDS[requirement.level]}${reasons.length > 0 ? `: ${reasons.join("; ")}` : ""}${map}`;
}
