import { joinPointer, type InputError, type PositionedDocument } from "../input/positioned-document.js";
import { validateDocument } from "./pack-files.js";
import { entriesWithErrors, isPlainObject, type PackState, type ValueOrigin } from "./pack-state.js";

/**
 * Categories and exemptions merge by id, field by field: an extending pack
 * may write `{ id: conn.charging-network, importantWhen: { … } }` and keep
 * everything else of the base entry. The *merged* entry is what the schema
 * checks, so a partial override is fine and a new entry must be complete.
 */
interface KeyedPart {
  part: "categories" | "exemptions";
  /** Singular noun for messages. */
  noun: string;
  base(state: PackState, id: string): Record<string, unknown> | undefined;
  /** `own` holds only the fields this file wrote. */
  accept(state: PackState, id: string, merged: Record<string, unknown>, own: Record<string, unknown>, document: PositionedDocument, pointer: string): void;
}

const CATEGORIES: KeyedPart = {
  part: "categories",
  noun: "category",
  base: (state, id) => state.categories.get(id)?.raw,
  accept(state, id, merged, _own, document, pointer) {
    state.categories.set(id, { raw: merged, definedAt: document.locate(pointer) });
  },
};

const EXEMPTIONS: KeyedPart = {
  part: "exemptions",
  noun: "exemption",
  base: (state, id) => state.exemptions.get(id)?.raw,
  accept(state, id, merged, own, document, pointer) {
    const origins = new Map<string, ValueOrigin>(state.exemptions.get(id)?.origins ?? []);
    for (const field of Object.keys(own)) origins.set(field, { document, pointer: `${pointer}/${field}` });
    state.exemptions.set(id, { raw: merged, origins });
  },
};

export function applyCategories(state: PackState, document: PositionedDocument): void {
  applyKeyedEntries(state, document, CATEGORIES);
}

export function applyExemptions(state: PackState, document: PositionedDocument): void {
  applyKeyedEntries(state, document, EXEMPTIONS);
}

function applyKeyedEntries(state: PackState, document: PositionedDocument, spec: KeyedPart): void {
  const value = document.value;
  const list: unknown = isPlainObject(value) ? value[spec.part] : undefined;
  if (!isPlainObject(value) || !Array.isArray(list)) {
    const errors = validateDocument(document, spec.part);
    state.errors.push(...(errors.length > 0 ? errors : [{ file: document.file, line: 1, column: 1, message: `expected a map with a "${spec.part}" list` }]));
    return;
  }
  const duplicates: InputError[] = [];
  const firstSeen = new Map<string, number>();
  const effective = (list as unknown[]).map((entry, index) => {
    if (!isPlainObject(entry) || typeof entry.id !== "string") return entry;
    const first = firstSeen.get(entry.id);
    if (first !== undefined) {
      const at = document.locate(joinPointer([spec.part, index, "id"]));
      const firstAt = document.locate(joinPointer([spec.part, first, "id"]));
      duplicates.push({
        file: document.file,
        line: at.line,
        column: at.column,
        pointer: joinPointer([spec.part, index, "id"]),
        message: `${spec.noun} "${entry.id}" is defined twice in this file (first at line ${firstAt.line}); the second entry is ignored`,
      });
    } else {
      firstSeen.set(entry.id, index);
    }
    const base = spec.base(state, entry.id);
    return base ? { ...base, ...entry } : entry;
  });
  const errors = validateDocument(document, spec.part, { ...value, [spec.part]: effective });
  state.errors.push(...errors, ...duplicates);
  const bad = entriesWithErrors(`/${spec.part}`, errors);
  if (!bad) return;
  for (const error of duplicates) bad.add(Number(error.pointer!.split("/")[2]));
  effective.forEach((entry, index) => {
    if (bad.has(index) || !isPlainObject(entry) || typeof entry.id !== "string") return;
    spec.accept(state, entry.id, entry, list[index] as Record<string, unknown>, document, joinPointer([spec.part, index]));
  });
}
