import type { CategorySignals, RulePack, SignalTerm } from "../../model/pack.js";

/** A term of the pack, ready for lookup by its first part. */
export interface IndexedTerm {
  category: string;
  term: SignalTerm;
  /** `term:license_plate`: how the evidence names this term. */
  which: string;
}

export interface IndexedVss {
  category: string;
  path: string;
  prefix: boolean;
  confidence: number;
}

export interface IndexedType {
  category: string;
  name: string;
  /** Package segments the entry requires (`sensor_msgs` of `sensor_msgs/Image`); empty = any package. */
  packageSegments: string[];
  confidence: number;
}

/**
 * The pack's signals compiled once into hash lookups, so that matching an
 * identifier costs a few map reads per part however large the pack is.
 */
export interface SignalIndex {
  termsByFirstPart: Map<string, IndexedTerm[]>;
  vssExact: Map<string, IndexedVss[]>;
  vssPrefixes: IndexedVss[];
  typesByShortName: Map<string, IndexedType[]>;
}

const cache = new WeakMap<Map<string, CategorySignals>, SignalIndex>();

export function signalIndexOf(pack: RulePack): SignalIndex {
  let index = cache.get(pack.signals);
  if (!index) {
    index = buildSignalIndex(pack.signals.values());
    cache.set(pack.signals, index);
  }
  return index;
}

export function termWhich(term: SignalTerm): string {
  return `term:${term.parts.join("_")}`;
}

export function buildSignalIndex(all: Iterable<CategorySignals>): SignalIndex {
  const index: SignalIndex = { termsByFirstPart: new Map(), vssExact: new Map(), vssPrefixes: [], typesByShortName: new Map() };
  for (const signals of all) {
    for (const term of signals.terms ?? []) {
      const first = term.parts[0]?.toLowerCase();
      if (!first) continue;
      push(index.termsByFirstPart, first, { category: signals.category, term, which: termWhich(term) });
    }
    for (const entry of signals.vss ?? []) {
      const prefixMatch = /\.\*\*?$/.exec(entry.path);
      if (prefixMatch) {
        index.vssPrefixes.push({ category: signals.category, path: entry.path.slice(0, prefixMatch.index), prefix: true, confidence: entry.confidence });
      } else {
        push(index.vssExact, entry.path, { category: signals.category, path: entry.path, prefix: false, confidence: entry.confidence });
      }
    }
    for (const entry of signals.types ?? []) {
      const segments = typeNameSegments(entry.name);
      const short = segments.pop();
      if (!short) continue;
      push(index.typesByShortName, short.toLowerCase(), { category: signals.category, name: entry.name, packageSegments: segments, confidence: entry.confidence });
    }
  }
  return index;
}

/** `sensor_msgs/msg/PointCloud2`, `.sensor_msgs.PointCloud2`, `ocpp::MeterValues` → segments without the ROS `msg` folder. */
export function typeNameSegments(name: string): string[] {
  const segments = name.split(/[/.:]+/).filter((s) => s !== "");
  return segments.filter((s, i) => !(s === "msg" && i < segments.length - 1));
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
