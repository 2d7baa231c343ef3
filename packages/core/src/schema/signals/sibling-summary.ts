import { nameKey } from "./identifier-parts.js";
import type { SignalIndex } from "./signal-index.js";

/**
 * What the matcher needs from the other fields of a container, computed once
 * per sibling list: matching each of n fields against the n names beside it
 * would make a wide message quadratic (20,000 JSON properties named
 * `vehicleSpeed0…` took over a minute). Callers pass the same array for every
 * field of one container; the summary is kept as long as the array lives.
 */
export interface SiblingSummary {
  /** Every spelling (`PartKeys.of`) of every sibling's parts. */
  parts: Set<string>;
  /** Name keys of the siblings. */
  names: Set<string>;
  /** Per dictionary: how many siblings are distinctive names of it. */
  dictionaryNames: Map<string, number>;
}

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
