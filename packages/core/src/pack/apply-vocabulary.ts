import { splitPointer, type PositionedDocument } from "../input/positioned-document.js";
import type { Abbreviation, Compounds, Qualifier } from "../model/signal-knowledge.js";
import { validateDocument } from "./pack-files.js";
import { isPlainObject, type PackState } from "./pack-state.js";

type VocabularyList = "abbreviations" | "qualifiers";

/**
 * vocabulary.yaml: abbreviations merge by `short`, qualifiers by `id` (a
 * later folder replaces the entry); `compounds` adds its units and replaces
 * the minimum length. An entry with a schema error is left out and reported;
 * the rest of the file still counts.
 */
export function applyVocabulary(state: PackState, document: PositionedDocument): void {
  const errors = validateDocument(document, "vocabulary");
  state.errors.push(...errors);
  const bad = new Set<string>();
  for (const error of errors) {
    const [list, index] = splitPointer(error.pointer ?? "");
    if (list === "compounds") {
      bad.add("compounds");
      continue;
    }
    // A problem outside the lists (an unknown key, a list that is not a list) leaves the file out.
    if ((list !== "abbreviations" && list !== "qualifiers") || index === undefined) return;
    bad.add(`${list}/${index}`);
  }
  const valid = (list: VocabularyList): [Record<string, unknown>, number][] => {
    const items = isPlainObject(document.value) ? document.value[list] : undefined;
    return (Array.isArray(items) ? items : []).flatMap((item, i): [Record<string, unknown>, number][] =>
      isPlainObject(item) && !bad.has(`${list}/${i}`) ? [[item, i]] : [],
    );
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
  const compounds = isPlainObject(document.value) ? document.value.compounds : undefined;
  if (isPlainObject(compounds) && !bad.has("compounds")) {
    const added = compounds as unknown as Compounds;
    const keep = [...new Set([...(state.compounds?.keep ?? []), ...(added.keep ?? [])])];
    state.compounds = { ...added, units: [...new Set([...(state.compounds?.units ?? []), ...added.units])], ...(keep.length > 0 ? { keep } : {}) };
  }
}
