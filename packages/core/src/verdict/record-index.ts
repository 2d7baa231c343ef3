import type { AssessmentRecord, AssessmentRegistry } from "../model/registry.js";
import { cachedDestinationParts, compileDestinationPattern, destinationParts, type DestinationMatcher } from "../registry/destination-pattern.js";

/**
 * Which records name a destination, without testing every pattern of every
 * record for every flow: plain host patterns (no wildcard, scheme or path) are
 * looked up by host, the rest are tested one by one. Built once per registry
 * object, so a registry must not be mutated once evaluation starts.
 */
interface RecordIndex {
  byHost: Map<string, number[]>;
  patterns: { position: number; matches: DestinationMatcher }[];
}

const indexes = new WeakMap<AssessmentRegistry, RecordIndex>();

function recordIndex(registry: AssessmentRegistry): RecordIndex {
  const cached = indexes.get(registry);
  if (cached) return cached;
  const index: RecordIndex = { byHost: new Map(), patterns: [] };
  registry.records.forEach((record, position) => {
    for (const pattern of record.destinations) {
      const parts = destinationParts(pattern);
      if (parts && !parts.bucket && parts.scheme === undefined && parts.path === "" && !/[*?]/.test(parts.authority)) {
        const list = index.byHost.get(parts.authority) ?? [];
        if (!list.includes(position)) list.push(position);
        index.byHost.set(parts.authority, list);
      } else {
        index.patterns.push({ position, matches: compileDestinationPattern(pattern) });
      }
    }
  });
  indexes.set(registry, index);
  return index;
}

/** The records whose destinations match `destination`, in registry order. */
export function recordsForDestination(registry: AssessmentRegistry, destination: string): AssessmentRecord[] {
  const parts = cachedDestinationParts(destination);
  if (!parts) return [];
  const index = recordIndex(registry);
  const positions = new Set<number>(parts.bucket ? [] : (index.byHost.get(parts.authority) ?? []));
  for (const { position, matches } of index.patterns) if (!positions.has(position) && matches(parts)) positions.add(position);
  return [...positions].sort((a, b) => a - b).map((p) => registry.records[p]!);
}
