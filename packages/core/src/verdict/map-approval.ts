import type { RulePack } from "../model/pack.js";

/**
 * Categories that become surveying data once they are tied to a place:
 * exterior imagery (road signs, scenery) and AD training data sent together
 * with location are geographic information (taxonomy: "SA (+MAP)").
 */
export const MAP_WHEN_LOCATED: readonly string[] = ["ad.exterior-imagery", "ad.training-data"];

/** Categories that place data on the map. */
export const LOCATION_CATEGORIES: readonly string[] = ["pi.sensitive.location-trajectory", "geo.high-precision-positioning"];

/**
 * The categories of a flow that need the surveying authority's approval for
 * provision abroad: every `SA+MAP` category of the pack, plus the
 * `MAP_WHEN_LOCATED` ones when the same flow carries location.
 */
export function categoriesNeedingMapApproval(categories: readonly string[], pack: RulePack): string[] {
  const located = categories.some((id) => LOCATION_CATEGORIES.includes(id));
  return categories.filter((id) => pack.categories.get(id)?.mechanism === "SA+MAP" || (located && MAP_WHEN_LOCATED.includes(id)));
}
