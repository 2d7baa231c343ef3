import type { Finding } from "../model/finding.js";
import type { RulePack } from "../model/pack.js";
import type { AssessmentRegistry } from "../model/registry.js";
import { joinPointer } from "../input/positioned-document.js";
import { categoryLookup, unknownCategoryFinding } from "./unknown-category-finding.js";

/**
 * `unknown-category` findings for record categories the rule pack does not
 * define, each at the list item, with "did you mean". A record that lists a
 * mistyped id does not cover the real category, so the user must hear of it.
 *
 * Call with the loaded pack, or with a predicate and the known ids.
 */
export function checkRegistryCategories(registry: AssessmentRegistry, pack: RulePack): Finding[];
export function checkRegistryCategories(registry: AssessmentRegistry, isKnownCategory: (id: string) => boolean, knownIds: Iterable<string>): Finding[];
export function checkRegistryCategories(registry: AssessmentRegistry, known: RulePack | ((id: string) => boolean), knownIds?: Iterable<string>): Finding[] {
  const lookup = categoryLookup(known, knownIds);
  const file = registry.file ?? "data-export-assessments.yaml";
  const findings: Finding[] = [];
  registry.records.forEach((record, index) => {
    record.categories.forEach((id, position) => {
      if (id === "none" || lookup.isKnown(id)) return;
      const pointer = joinPointer(["assessments", index, "categories", position]);
      const location = registry.document?.locate(pointer) ?? record.definedAt ?? { file, line: 1, column: 1 };
      findings.push(unknownCategoryFinding(id, lookup, location, pointer, `record ${record.id}`));
    });
  });
  return findings;
}
