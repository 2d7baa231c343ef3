import type { RulePack } from "../model/pack.js";

/**
 * `none` is part of the annotation language (taxonomy.md: "reviewed: not
 * export-relevant"), not of any rule pack: no pack defines it (the category
 * id shape in categories.schema.json needs a dot) and no pack can remove it.
 * It is a known id wherever users write ids, and never a category.
 */
export const NONE_CATEGORY_ID = "none";
const RESERVED_CATEGORY_IDS: readonly string[] = [NONE_CATEGORY_ID];

/** The pack's category ids, in pack order (base first, then extending packs' additions). */
export function listCategoryIds(pack: RulePack): string[] {
  return [...pack.categories.keys()];
}

/** Whether users may write `id` in an annotation or record: a category of the pack, or a reserved id. */
export function isKnownCategoryId(pack: RulePack, id: string): boolean {
  return pack.categories.has(id) || RESERVED_CATEGORY_IDS.includes(id);
}
