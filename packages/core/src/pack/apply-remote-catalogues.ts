import { joinPointer, splitPointer, type PositionedDocument } from "../input/positioned-document.js";
import { validateDocument } from "./pack-files.js";
import { isPlainObject, type PackState } from "./pack-state.js";
import type { RemoteState } from "./remote-state.js";

/**
 * stores.yaml (`stores`, `replications`) and routes.yaml (`frameworks`,
 * `controllers`, `exposures`, `mounts`) belong to the remote-access module; the loader
 * validates them with their schema and merges them by id: an extending pack's
 * entry with a known id replaces the base's entry whole, new ids are added.
 * Entries with schema errors are left out (the errors are reported).
 */
export function applyStores(state: PackState, document: PositionedDocument): void {
  applyLists(state, document, "stores", ["stores", "replications"]);
}

export function applyRoutes(state: PackState, document: PositionedDocument): void {
  applyLists(state, document, "routes", ["frameworks", "controllers", "exposures", "mounts"]);
}

function applyLists(state: PackState, document: PositionedDocument, part: "stores" | "routes", lists: (keyof RemoteState)[]): void {
  const errors = validateDocument(document, part);
  state.errors.push(...errors);
  const value = document.value;
  if (!isPlainObject(value)) {
    if (errors.length === 0)
      state.errors.push({ file: document.file, line: 1, column: 1, message: `expected a mapping with ${lists.map((l) => `"${l}"`).join(", ")}` });
    return;
  }
  // An error inside entry i of list L drops that entry; an error elsewhere drops the file.
  const bad = new Set<string>();
  for (const error of errors) {
    const segments = splitPointer(error.pointer ?? "");
    if (segments.length < 2 || !lists.includes(segments[0] as keyof RemoteState)) return;
    bad.add(joinPointer(segments.slice(0, 2)));
  }
  for (const list of lists) {
    const entries = value[list];
    if (!Array.isArray(entries)) continue;
    const target = state.remote[list] as Map<string, unknown>;
    entries.forEach((entry, index) => {
      if (!isPlainObject(entry) || typeof entry.id !== "string" || bad.has(joinPointer([list, index]))) return;
      target.set(entry.id, entry);
    });
  }
}
