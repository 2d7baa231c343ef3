import type { RulePack, SignalTerm } from "../../model/pack.js";
import type { Qualifier, SignalShape } from "../../model/signal-knowledge.js";
import { IdentifierReader } from "./compound-parts.js";
import { buildDictionaryIndex, type DictionaryIndex } from "./dictionary-index.js";
import { PartKeys } from "./identifier-parts.js";
import type { SiblingSummary } from "./signal-types.js";

/** A term of the pack, ready for lookup by its first part. */
export interface IndexedTerm {
  category: string;
  term: SignalTerm;
  /** `term:license_plate`: how the evidence names this term. */
  which: string;
}

interface IndexedVss {
  category: string;
  path: string;
  prefix: boolean;
  confidence: number;
}

interface IndexedType {
  category: string;
  name: string;
  /** Package segments the entry requires (`sensor_msgs` of `sensor_msgs/Image`); empty = any package. */
  packageSegments: string[];
  confidence: number;
  /** `type:sensor_msgs/Image`, `dict:ros:sensor_msgs/LaserScan`. */
  which: string;
}

interface IndexedShape {
  category: string;
  shape: SignalShape;
  /** Normalised type names (`number[]`, `uint8array`). */
  types: Set<string>;
  which: string;
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
  shapes: IndexedShape[];
  qualifiers: Qualifier[];
  dictionaries: DictionaryIndex;
  keys: PartKeys;
  /** Identifier → parts, concatenated lower-case words split (`odometerkm` → odometer, km). */
  reader: IdentifierReader;
  /** Sibling lists summarised once per list (the caller passes one array per container). */
  siblingSummaries: WeakMap<readonly string[], SiblingSummary>;
}

const cache = new WeakMap<RulePack, SignalIndex>();

export function signalIndexOf(pack: RulePack): SignalIndex {
  let index = cache.get(pack);
  if (!index) {
    index = buildSignalIndex(pack);
    cache.set(pack, index);
  }
  return index;
}

export function termWhich(term: SignalTerm): string {
  return `term:${term.parts.join("_")}`;
}

function buildSignalIndex(pack: Pick<RulePack, "signals" | "vocabulary" | "dictionaries">): SignalIndex {
  const abbreviations = new Map((pack.vocabulary?.abbreviations ?? []).map((a) => [a.short, a.full]));
  const index: SignalIndex = {
    termsByFirstPart: new Map(),
    vssExact: new Map(),
    vssPrefixes: [],
    typesByShortName: new Map(),
    shapes: [],
    qualifiers: [...(pack.vocabulary?.qualifiers ?? [])],
    dictionaries: buildDictionaryIndex(pack.dictionaries ?? []),
    keys: new PartKeys(abbreviations),
    reader: new IdentifierReader(knownWords(pack), pack.vocabulary?.compounds),
    siblingSummaries: new WeakMap(),
  };
  for (const signals of pack.signals.values()) {
    for (const term of signals.terms) {
      const first = term.parts[0]?.toLowerCase();
      if (!first) continue;
      push(index.termsByFirstPart, first, { category: signals.category, term, which: termWhich(term) });
    }
    for (const entry of signals.vss) {
      const prefixMatch = /\.\*\*?$/.exec(entry.path);
      if (prefixMatch) {
        index.vssPrefixes.push({ category: signals.category, path: entry.path.slice(0, prefixMatch.index), prefix: true, confidence: entry.confidence });
      } else {
        push(index.vssExact, entry.path, { category: signals.category, path: entry.path, prefix: false, confidence: entry.confidence });
      }
    }
    for (const entry of signals.types) addType(index, signals.category, entry.name, entry.confidence, `type:${entry.name}`);
    (signals.shapes ?? []).forEach((shape, i) => {
      index.shapes.push({
        category: signals.category,
        shape,
        types: new Set(shape.types.map(normaliseTypeText)),
        which: `shape:${shape.siblings.join("_")}#${i + 1}`,
      });
    });
  }
  for (const dictionary of pack.dictionaries ?? []) {
    for (const group of dictionary.groups) {
      for (const name of group.types ?? []) {
        for (const category of group.categories ?? []) addType(index, category, name, group.confidence ?? 0, `dict:${dictionary.id}:${name}`);
      }
    }
  }
  return index;
}

/**
 * The words a compound may be split into: term parts, abbreviations, qualifier words and units (two
 * letters or more). The words a term names in `unless` / `unlessWithin` are words too, so they stay
 * whole: `endpoint` cancels a token term, it is not `end` + `point`.
 */
function knownWords(pack: Pick<RulePack, "signals" | "vocabulary">): Set<string> {
  const words = new Set<string>();
  const add = (word: string): void => {
    if (word.length >= 2 && /^[a-z]+$/.test(word)) words.add(word);
  };
  for (const signals of pack.signals.values()) {
    for (const term of signals.terms) {
      term.parts.forEach(add);
      term.unless?.forEach(add);
      term.unlessWithin?.forEach(add);
      term.unlessBeside?.forEach(add);
    }
  }
  for (const { short, full } of pack.vocabulary?.abbreviations ?? []) [short, full].forEach(add);
  for (const qualifier of pack.vocabulary?.qualifiers ?? []) qualifier.parts.flat().forEach(add);
  (pack.vocabulary?.compounds?.units ?? []).forEach(add);
  return words;
}

function addType(index: SignalIndex, category: string, name: string, confidence: number, which: string): void {
  const segments = typeNameSegments(name);
  const short = segments.pop();
  if (!short) return;
  push(index.typesByShortName, short.toLowerCase(), { category, name, packageSegments: segments, confidence, which });
}

/** `Array<number>` → `number[]`; case and spaces do not matter (`Uint8Array`, `uint8array`). */
export function normaliseTypeText(text: string): string {
  const compact = text.replace(/\s+/g, "").toLowerCase();
  const generic = /^(?:readonly)?(?:array|readonlyarray)<(.+)>$/.exec(compact);
  return generic ? `${generic[1]!}[]` : compact.replace(/^readonly/, "");
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
