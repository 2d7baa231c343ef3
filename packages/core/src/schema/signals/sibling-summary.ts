import { nameKey } from "./identifier-parts.js";
import type { SignalIndex } from "./signal-index.js";
import type { SiblingSummary } from "./signal-types.js";

export type { SiblingSummary } from "./signal-types.js";

const EMPTY: SiblingSummary = { parts: new Set(), names: new Set(), dictionaryNames: new Map() };

export function siblingSummary(siblings: readonly string[] | undefined, index: SignalIndex): SiblingSummary {
  if (!siblings || siblings.length === 0) return EMPTY;
  let summary = index.siblingSummaries.get(siblings);
  if (summary) return summary;
  summary = { parts: new Set(), names: new Set(), dictionaryNames: new Map() };
  for (const sibling of siblings) {
    for (const part of index.reader.read(sibling)) for (const key of index.keys.of(part)) summary.parts.add(key);
    const key = nameKey(sibling);
    if (summary.names.has(key)) continue;
    summary.names.add(key);
    for (const entry of index.dictionaries.names.get(key) ?? []) {
      if (entry.distinctive) summary.dictionaryNames.set(entry.dictionary, (summary.dictionaryNames.get(entry.dictionary) ?? 0) + 1);
    }
  }
  index.siblingSummaries.set(siblings, summary);
  return summary;
}

/** Distinctive names of `dictionary` among the siblings, not counting the field itself. */
export function otherDictionaryNames(summary: SiblingSummary, dictionary: string, ownKey: string, ownIsDistinctive: boolean): number {
  const count = summary.dictionaryNames.get(dictionary) ?? 0;
  return ownIsDistinctive && summary.names.has(ownKey) ? count - 1 : count;
}
