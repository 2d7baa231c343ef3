import { joinPointer, splitPointer, type PositionedDocument } from "../input/positioned-document.js";
import type { CategorySignals, SinkModel } from "../model/pack.js";
import { validateDocument } from "./pack-files.js";
import { isPlainObject, type PackState } from "./pack-state.js";

/**
 * signals.yaml and sinks.yaml belong to their own modules; the loader only
 * reads, validates (with their schema, when it exists) and merges them.
 * Both the documented shape (`signals:` / `sinks:` holding a list) and a map
 * keyed by category / id are accepted, as is a bare list at the top.
 */
interface Entry {
  key: string;
  value: Record<string, unknown>;
  pointer: string;
  /** Where the id is written: the `category:` value in a list entry, or the map key. */
  idPointer: string;
  idIsKey: boolean;
}

function entriesOf(document: PositionedDocument, listKey: string, idField: string): { entries: Entry[]; container: string } | undefined {
  const value = document.value;
  const container = Array.isArray(value) ? value : isPlainObject(value) ? value[listKey] : undefined;
  const base = Array.isArray(value) ? [] : [listKey];
  if (Array.isArray(container)) {
    const entries = container.flatMap((item, index): Entry[] =>
      isPlainObject(item) && typeof item[idField] === "string"
        ? [{ key: item[idField], value: item, pointer: joinPointer([...base, index]), idPointer: joinPointer([...base, index, idField]), idIsKey: false }]
        : [],
    );
    return { entries, container: joinPointer(base) };
  }
  if (isPlainObject(container)) {
    const entries = Object.entries(container).flatMap(([key, item]): Entry[] =>
      isPlainObject(item)
        ? [{ key, value: { [idField]: key, ...item }, pointer: joinPointer([...base, key]), idPointer: joinPointer([...base, key]), idIsKey: true }]
        : [],
    );
    return { entries, container: joinPointer(base) };
  }
  return undefined;
}

/** Validates and returns the entries without schema errors; records the errors. */
function validEntries(state: PackState, document: PositionedDocument, part: "signals" | "sinks", idField: string): Entry[] {
  const errors = validateDocument(document, part);
  state.errors.push(...errors);
  const found = entriesOf(document, part, idField);
  if (!found) {
    if (errors.length === 0) state.errors.push({ file: document.file, line: 1, column: 1, message: `expected a "${part}" list` });
    return [];
  }
  const depth = splitPointer(found.container).length;
  const bad = new Set<string>();
  for (const error of errors) {
    const segments = splitPointer(error.pointer ?? "");
    if (segments.length <= depth || joinPointer(segments.slice(0, depth)) !== found.container) return [];
    bad.add(joinPointer(segments.slice(0, depth + 1)));
  }
  return found.entries.filter((entry) => !bad.has(entry.pointer));
}

export function applySignals(state: PackState, document: PositionedDocument): void {
  for (const entry of validEntries(state, document, "signals", "category")) {
    const incoming = normaliseSignals(entry.value);
    const existing = state.signals.get(entry.key);
    // Signals of one category accumulate: an extending pack adds terms, VSS paths and types;
    // one with the same parts / path / type name replaces the base's entry (signals.schema.json).
    const signals = existing
      ? {
          ...existing.signals,
          ...incoming,
          terms: mergeBy(existing.signals.terms, incoming.terms, (t) => (Array.isArray(t.parts) ? t.parts.join(" ") : "")),
          vss: mergeBy(existing.signals.vss, incoming.vss, (v) => v.path),
          types: mergeBy(existing.signals.types, incoming.types, (t) => t.name),
        }
      : incoming;
    state.signals.set(entry.key, { signals, origin: { document, pointer: entry.idPointer, atKey: entry.idIsKey } });
  }
}

export function applySinks(state: PackState, document: PositionedDocument): void {
  // A sink with a known id replaces the base's model entirely: a model is only right as a whole.
  for (const entry of validEntries(state, document, "sinks", "id")) state.sinks.set(entry.key, entry.value as unknown as SinkModel);
}

function normaliseSignals(value: Record<string, unknown>): CategorySignals {
  return {
    ...(value as unknown as CategorySignals),
    category: String(value.category),
    terms: Array.isArray(value.terms) ? (value.terms as CategorySignals["terms"]) : [],
    vss: Array.isArray(value.vss) ? (value.vss as CategorySignals["vss"]) : [],
    types: Array.isArray(value.types) ? (value.types as CategorySignals["types"]) : [],
  };
}

/** `base` with `added` merged in: an entry with a key already present replaces it in place, others are appended. */
function mergeBy<T>(base: T[], added: T[], keyOf: (item: T) => string): T[] {
  const result = [...base];
  for (const item of added) {
    const index = result.findIndex((existing) => keyOf(existing) === keyOf(item));
    if (index >= 0) result[index] = item;
    else result.push(item);
  }
  return result;
}
