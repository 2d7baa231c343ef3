import type { RulePack } from "../model/pack.js";

/**
 * The categories of a flow that need the surveying authority's approval for
 * provision abroad: every `SA+MAP` category of the pack, plus those the pack
 * marks `needsMapApproval: when-located` (exterior imagery, AD training data: the
 * taxonomy's "SA (+MAP)") when the same flow carries a category that
 * `locates` data on the map — tied to a place, they are geographic information.
 */
export function categoriesNeedingMapApproval(categories: readonly string[], pack: RulePack): string[] {
  const located = categories.some((id) => pack.categories.get(id)?.locates === true);
  return categories.filter((id) => {
    const category = pack.categories.get(id);
    return category?.mechanism === "SA+MAP" || (located && category?.needsMapApproval === "when-located");
  });
}
