import { pointerToKeyPath } from "../input/positioned-document.js";
import { suggestIds } from "../categories/did-you-mean.js";
import { unknownCategoryMessage } from "../categories/unknown-category-message.js";
import type { Finding } from "../model/finding.js";
import type { PackState, ValueOrigin } from "./pack-state.js";

/**
 * Category ids that pack files refer to (exemptions' `coversCategories`,
 * signals' `category`) must exist once every folder is merged: an extending
 * pack may add the category in a later folder. Each unknown id becomes an
 * `unknown-category` finding with a "did you mean".
 */
export function unknownCategoryFindings(state: PackState): Finding[] {
  const known = [...state.categories.keys()];
  const findings: Finding[] = [];
  const check = (id: string, origin: ValueOrigin, context: string): void => {
    if (state.categories.has(id)) return;
    const suggestions = suggestIds(id, known);
    const location = origin.atKey ? origin.document.locateKey(origin.pointer) : origin.document.locate(origin.pointer);
    findings.push({
      ruleId: "unknown-category",
      level: "error",
      ...unknownCategoryMessage(id, `${pointerToKeyPath(origin.pointer)} (${context})`, suggestions),
      location,
      suggestions,
      // The file is part of every finding's identity already (relative to the scan root, scan/fingerprint.ts):
      // an absolute path here would make the identity differ from one machine to the next.
      fingerprint: `unknown-category|${origin.pointer}|${id}`,
    });
  };

  for (const [id, { raw, origins }] of state.exemptions) {
    const covers = Array.isArray(raw.coversCategories) ? raw.coversCategories : [];
    const origin = origins.get("coversCategories");
    covers.forEach((category, index) => {
      if (typeof category === "string" && origin) check(category, { document: origin.document, pointer: `${origin.pointer}/${index}` }, `exemption ${id}`);
    });
  }
  for (const [category, { origin }] of state.signals) check(category, origin, "signals");
  for (const { id, origin, context } of state.categoryReferences) check(id, origin, context);
  const key = (f: Finding) => `${f.location.file}\u0000${f.fingerprint}`;
  return findings.filter((f, i, all) => all.findIndex((g) => key(g) === key(f)) === i);
}
