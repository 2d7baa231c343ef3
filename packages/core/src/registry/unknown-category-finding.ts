import type { Finding } from "../model/finding.js";
import type { SourceLocation } from "../model/location.js";
import type { RulePack } from "../model/pack.js";
import { suggestIds } from "../categories/did-you-mean.js";
import { unknownCategoryMessage } from "../categories/unknown-category-message.js";
import { pointerToKeyPath } from "../input/positioned-document.js";

/** How a check asks "does the pack define this id?" and "which ids exist?" (for did-you-mean). */
export interface CategoryLookup {
  isKnown(id: string): boolean;
  ids(): string[];
}

/** The reserved id `none` ("reviewed, not export-relevant") is always known. */
export function categoryLookup(known: RulePack | ((id: string) => boolean), knownIds?: Iterable<string>): CategoryLookup {
  if (typeof known === "function") {
    const ids = [...(knownIds ?? [])];
    return { isKnown: (id) => id === "none" || known(id), ids: () => ids };
  }
  return { isKnown: (id) => id === "none" || known.categories.has(id), ids: () => [...known.categories.keys()] };
}

/**
 * One `unknown-category` finding for a config or registry file, with "did you
 * mean" suggestions. The fingerprint is the key path and the id, never a line.
 */
export function unknownCategoryFinding(id: string, lookup: CategoryLookup, location: SourceLocation, pointer: string, context: string): Finding {
  const suggestions = suggestIds(id, lookup.ids());
  return {
    ruleId: "unknown-category",
    level: "error",
    ...unknownCategoryMessage(id, `${pointerToKeyPath(pointer)} (${context})`, suggestions),
    location,
    ...(suggestions.length > 0 ? { suggestions } : {}),
    fingerprint: `${pointerToKeyPath(pointer)}:${id}`,
  };
}
