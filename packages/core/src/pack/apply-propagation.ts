import { splitPointer, type PositionedDocument } from "../input/positioned-document.js";
import type { PropagationEntry, PropagationList } from "../model/propagation.js";
import { validateDocument } from "./pack-files.js";
import { isPlainObject, type PackState } from "./pack-state.js";
import { PROPAGATION_LISTS } from "./propagation-state.js";

/**
 * propagation.yaml: every list merges by `name` (a later folder's entry replaces the base's, so
 * its examples are the ones that run). An entry with a schema error is left out and reported;
 * the rest of the file still counts.
 */
export function applyPropagation(state: PackState, document: PositionedDocument): void {
  const errors = validateDocument(document, "propagation");
  state.errors.push(...errors);
  const bad = new Set<string>();
  for (const error of errors) {
    const [list, index] = splitPointer(error.pointer ?? "");
    // A problem outside the lists (an unknown key, a list that is not a list) leaves the file out.
    if (!isPropagationList(list) || index === undefined) return;
    bad.add(`${list}/${index}`);
  }
  for (const list of PROPAGATION_LISTS) {
    const items = isPlainObject(document.value) ? document.value[list] : undefined;
    (Array.isArray(items) ? items : []).forEach((item, i) => {
      if (!isPlainObject(item) || bad.has(`${list}/${i}`)) return;
      const entry = item as unknown as PropagationEntry;
      state.propagation[list].set(entry.name, entry);
    });
  }
}

function isPropagationList(value: string | undefined): value is PropagationList {
  return (PROPAGATION_LISTS as readonly (string | undefined)[]).includes(value);
}
