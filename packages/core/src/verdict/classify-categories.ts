import type { Organization } from "../model/config.js";
import type { RulePack, ScaleCondition } from "../model/pack.js";
import { formatCount } from "./format-count.js";

/**
 * The categories of a flow as the law sees them for this organisation:
 * important data (including scale-conditional items at or above their scale,
 * or whose scale fact is undeclared: "take the higher level"), ordinary PI,
 * sensitive PI, and scale-conditional items that are below their scale.
 */
export interface ClassifiedCategories {
  /** Every category except `none`, in flow order. */
  all: string[];
  important: string[];
  pi: string[];
  sensitive: string[];
  /** Why a category counts as important when that is not obvious (scale facts, unknown ids). */
  importantBecause: Map<string, string>;
  /** Scale-conditional important-data categories that are not important at the declared scale. */
  belowScale: { id: string; reason: string }[];
}

const FACT_NAMES: Record<ScaleCondition["fact"], string> = {
  vehiclesInChina: "organization.vehiclesInChina",
  chargingVehicles: "organization.chargingVehicles",
  platformVehicles: "organization.platformVehicles",
  aggregationLevel: "organization.aggregationLevel",
};

export function classifyCategories(categories: readonly string[], pack: RulePack, organization: Organization): ClassifiedCategories {
  const result: ClassifiedCategories = { all: [], important: [], pi: [], sensitive: [], importantBecause: new Map(), belowScale: [] };
  for (const id of new Set(categories)) {
    if (id === "none") continue;
    result.all.push(id);
    const category = pack.categories.get(id);
    if (!category) {
      // An id the pack does not define is already an unknown-category error; until it is fixed, assume the worst.
      result.important.push(id);
      result.importantBecause.set(id, `${id} is not defined by the rule pack (treated as important data)`);
      continue;
    }
    if (category.kind === "pi") result.pi.push(id);
    else if (category.kind === "pi-sensitive") result.sensitive.push(id);
    else if (!category.importantWhen) result.important.push(id);
    else {
      const condition = category.importantWhen;
      const value = organization[condition.fact];
      const name = FACT_NAMES[condition.fact];
      const comparison = condition.exclusive ? ">" : "≥";
      if (value === undefined) {
        result.important.push(id);
        result.importantBecause.set(id, `${id} is important data at scale and ${name} is not declared (take the higher level)`);
      } else if (condition.exclusive ? value > condition.threshold : value >= condition.threshold) {
        result.important.push(id);
        result.importantBecause.set(id, `${id} is important data: ${name} ${formatCount(value)} ${comparison} ${formatCount(condition.threshold)}`);
      } else {
        result.belowScale.push({
          id,
          reason: `${id} is not important data: ${name} ${formatCount(value)} is not ${comparison} ${formatCount(condition.threshold)}`,
        });
      }
    }
  }
  return result;
}

/** Whether the flow carries anything the export rules regulate (PI or important data). */
export function carriesRegulatedData(classes: ClassifiedCategories): boolean {
  return classes.important.length + classes.pi.length + classes.sensitive.length > 0;
}
