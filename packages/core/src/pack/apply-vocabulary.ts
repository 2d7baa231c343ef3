import { splitPointer, type PositionedDocument } from "../input/positioned-document.js";
import type { Abbreviation, Qualifier } from "../model/signal-knowledge.js";
import { validateDocument } from "./pack-files.js";
import { isPlainObject, type PackState } from "./pack-state.js";

type VocabularyList = "abbreviations" | "qualifiers";

/**
 * vocabulary.yaml: abbreviations merge by `short`, qualifiers by `id` (a
 * later folder replaces the entry). An entry with a schema error is left out
 * and reported; the rest of the file still counts.
 */
export function applyVocabulary(state: PackState, document: PositionedDocument): void {
  const errors = validateDocument(document, "vocabulary");
  state.errors.push(...errors);
  const bad = new Set<string>();
  for (const error of errors) {
    const [list, index] = splitPointer(error.pointer ?? "");
    // A problem outside the two lists (an unknown key, a list that is not a list) leaves the file out.
    if ((list !== "abbreviations" && list !== "qualifiers") || index === undefined) return;
    bad.add(`${list}/${index}`);
  }
  const valid = (list: VocabularyList): [Record<string, unknown>, number][] => {
    const items = isPlainObject(document.value) ? document.value[list] : undefined;
    return (Array.isArray(items) ? items : []).flatMap((item, i): [Record<string, unknown>, number][] => (isPlainObject(item) && !bad.has(`${list}/${i}`) ? [[item, i]] : []));
  };
  for (const [item] of valid("abbreviations")) {
    const abbreviation = item as unknown as Abbreviation;
    state.abbreviations.set(abbreviation.short, abbreviation);
  }
  for (const [item, i] of valid("qualifiers")) {
    const qualifier = item as unknown as Qualifier;
    state.qualifiers.set(qualifier.id, qualifier);
    (qualifier.except ?? []).forEach((id, j) => {
      state.categoryReferences.push({ id, origin: { document, pointer: `/qualifiers/${i}/except/${j}` }, context: `qualifier ${qualifier.id}` });
    });
  }
}
