import type { RulePack } from "@vdx/core";

/** `pi.sensitive.location-trajectory (Precise location and trajectory)`: ids with what they mean, for messages. */
export function describeCategories(pack: RulePack, ids: readonly string[]): string {
  return ids.map((id) => describeCategory(pack, id)).join(", ");
}

export function describeCategory(pack: RulePack, id: string): string {
  const category = pack.categories.get(id);
  return category ? `${id} (${category.title})` : id;
}
