import type { Organization } from "../model/config.js";
import type { CategoryKind, RulePack } from "../model/pack.js";
import type { AssessmentRecord } from "../model/registry.js";
import type { FilingReference, Gap, Requirement } from "../model/verdict.js";
import { isMainlandChina } from "../jurisdiction/index.js";
import type { ClassifiedCategories } from "./classify-categories.js";
import type { DeclaredScale } from "./declared-scale.js";
import { formatCount } from "./format-count.js";
import { levelRank } from "./requirement.js";

export interface ExemptionContext {
  pack: RulePack;
  organization: Organization;
}

/**
 * Why an exemption record does not cover the flow. The pack's exemption entry
 * says what it can cover (`coversCategories`, `appliesTo`); E1 and E9 also need
 * the record to declare their factual basis (`collectedIn`, `freeTradeZone`),
 * and E5–E7 a filing reference — the record's own `filingReference`, else its
 * `id` (contracts.md: the id is the approval / filing / contract reference),
 * so such a record is never short of one; {@link filingReferenceOf} says which.
 *
 * Personal information that needs no mechanism (ordinary PI of < 100,000
 * people, no sensitive PI, not a CIIO) does not have to be covered by the
 * exemption: only important data and PI above that level do.
 */
export function exemptionGaps(
  record: AssessmentRecord,
  classes: ClassifiedCategories,
  requirement: Requirement,
  scale: { own: DeclaredScale; total: DeclaredScale },
  context: ExemptionContext,
): Gap[] {
  const gaps: Gap[] = [];
  const id = record.exemption;
  const exemption = id ? context.pack.exemptions.get(id) : undefined;
  if (!id || !exemption) {
    const message = id ? `the rule pack defines no exemption ${id}` : `record ${record.id} is an exemption but names none of E1–E9`;
    return [{ kind: "exemption-not-applicable", record: record.id, message }];
  }
  const personal = new Set([...classes.pi, ...classes.sensitive]);
  // The PI's own level: the important data beside it must not drag it above "exempt".
  const piNeedsMechanism = requirement.reasons.some((r) => r.categories.some((c) => personal.has(c)) && levelRank(r.level) > levelRank("exempt"));
  const kindOf = (category: string): CategoryKind =>
    classes.important.includes(category) ? "important" : classes.sensitive.includes(category) ? "pi-sensitive" : "pi";
  const needsCover = [...classes.important, ...(piNeedsMechanism ? [...classes.pi, ...classes.sensitive] : [])];

  const uncovered = needsCover.filter((category) => {
    const listed = exemption.coversCategories.length === 0 || exemption.coversCategories.includes(category);
    return !listed || !exemption.appliesTo.kinds.includes(kindOf(category));
  });
  if (uncovered.length > 0) {
    const scope = exemption.coversCategories.length > 0 ? exemption.coversCategories.join(", ") : `data of kind ${exemption.appliesTo.kinds.join(", ")}`;
    gaps.push({
      kind: "exemption-not-applicable",
      record: record.id,
      categories: uncovered,
      message: `exemption ${id} (${exemption.title}) covers only ${scope}, not ${uncovered.join(", ")}`,
    });
  }

  const coveredPersonal = needsCover.some((c) => !classes.important.includes(c));
  if (coveredPersonal && exemption.appliesTo.forbidsCiio && context.organization.ciio === true) {
    gaps.push({
      kind: "exemption-not-applicable",
      record: record.id,
      message: `exemption ${id} is not available to a critical-information-infrastructure operator (organization.ciio)`,
    });
  }
  const sensitiveNotYetReported = classes.sensitive.some((c) => !uncovered.includes(c));
  if (coveredPersonal && exemption.appliesTo.forbidsSensitive && sensitiveNotYetReported) {
    gaps.push({
      kind: "exemption-not-applicable",
      record: record.id,
      categories: [...classes.sensitive],
      message: `exemption ${id} does not cover sensitive PI (${classes.sensitive.join(", ")})`,
    });
  }
  const max = exemption.appliesTo.maxIndividuals;
  if (coveredPersonal && max !== undefined) {
    const own = scale.own.individuals;
    const total = scale.total.individuals;
    if (own === undefined) {
      gaps.push({
        kind: "exemption-not-applicable",
        record: record.id,
        message: `exemption ${id} applies below ${formatCount(max)} people, and record ${record.id} declares no scale.individuals`,
      });
    } else if (own >= max) {
      gaps.push({
        kind: "exemption-not-applicable",
        record: record.id,
        message: `exemption ${id} applies below ${formatCount(max)} people; record ${record.id} declares ${formatCount(own)}`,
      });
    } else if (total === undefined || total >= max) {
      const said =
        total === undefined ? `record ${scale.total.individualsMissingIn ?? "?"} declares no scale.individuals` : `${formatCount(total)} people in total`;
      gaps.push({
        kind: "scale-exceeds-declared",
        record: record.id,
        message: `exemption ${id} applies below ${formatCount(max)} people; with ${scale.total.addedFrom.join(", ")} for the same recipient the declared scale is ${said} (quantities may not be split)`,
      });
    }
  }

  if (id === "E1") {
    if (!record.collectedIn) {
      gaps.push({ kind: "exemption-not-applicable", record: record.id, message: "exemption E1 needs collectedIn: the country where the data was collected" });
    } else if (isMainlandChina(record.collectedIn)) {
      gaps.push({
        kind: "exemption-not-applicable",
        record: record.id,
        message: "exemption E1 covers data collected abroad; this record says the data was collected in CN",
      });
    }
  }
  if (id === "E9" && !record.freeTradeZone) {
    gaps.push({
      kind: "exemption-not-applicable",
      record: record.id,
      message: "exemption E9 needs freeTradeZone: { zone, negativeList } naming the pilot free-trade zone and the negative list checked",
    });
  }
  return gaps;
}

/**
 * For an exemption that needs a prior filing (E5–E7): the record's
 * `filingReference` when it has one, else its `id`, which contracts.md makes
 * the filing reference. Undefined for every other record.
 */
export function filingReferenceOf(record: AssessmentRecord, pack: RulePack): FilingReference | undefined {
  const exemption = record.mechanism === "exemption" && record.exemption ? pack.exemptions.get(record.exemption) : undefined;
  if (!exemption?.requiresFilingReference) return undefined;
  const own = record.filingReference?.trim();
  return own ? { record: record.id, reference: own, source: "filingReference" } : { record: record.id, reference: record.id, source: "id" };
}

/** "filing reference 工信部备案 2026-0317 (filingReference)" / "filing reference MIIT-VUL-1 (the record id)". */
export function describeFilingReference(filing: FilingReference): string {
  return `filing reference ${filing.reference} (${filing.source === "id" ? "the record id" : "filingReference"})`;
}
