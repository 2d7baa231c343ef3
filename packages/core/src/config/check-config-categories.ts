import type { VdxConfig } from "../model/config.js";
import type { Finding } from "../model/finding.js";
import type { RulePack } from "../model/pack.js";
import { joinPointer } from "../input/positioned-document.js";
import { unknownCategoryFinding, type CategoryLookup, categoryLookup } from "../registry/unknown-category-finding.js";

/**
 * `unknown-category` findings for sanitizer `removes` / `adds` ids the rule
 * pack does not define. Findings, not fatal errors: a mistyped id must not hide
 * the rest of the scan, but it must not be silently ignored either (a sanitizer
 * that "removes" a non-existent id removes nothing).
 *
 * Call with the loaded pack, or with a predicate and the known ids.
 */
export function checkConfigCategories(config: VdxConfig, pack: RulePack): Finding[];
export function checkConfigCategories(config: VdxConfig, isKnownCategory: (id: string) => boolean, knownIds: Iterable<string>): Finding[];
export function checkConfigCategories(config: VdxConfig, known: RulePack | ((id: string) => boolean), knownIds?: Iterable<string>): Finding[] {
  const lookup: CategoryLookup = categoryLookup(known, knownIds);
  const file = config.file ?? config.root;
  const findings: Finding[] = [];
  config.sanitizers.forEach((sanitizer, index) => {
    for (const list of ["removes", "adds"] as const) {
      sanitizer[list].forEach((id, position) => {
        if (lookup.isKnown(id)) return;
        const pointer = joinPointer(["sanitizers", index, list, position]);
        const location = config.document?.locate(pointer) ?? { file, line: 1, column: 1 };
        findings.push(unknownCategoryFinding(id, lookup, location, pointer, `sanitizer ${sanitizer.function}`));
      });
    }
  });
  return findings;
}
