import type { RulePack } from "../../model/pack.js";
import type { SignalCandidate } from "../../model/schema-field.js";
import { signalIndexOf, typeNameSegments, type IndexedTerm, type SignalIndex } from "./signal-index.js";
import { expandAbbreviation } from "./part-abbreviations.js";
import { splitIdentifier } from "./split-identifier.js";

/** Where an identifier sits: its neighbours and enclosing names make weak terms strong (`lat` beside `lng`). */
export interface SignalContext {
  /** Names of the other fields of the same message / object / type. */
  siblings?: string[];
  /** Declared type of the field (message type, `$ref` target, TS type text). */
  typeName?: string;
  /** VSS dotted path of the signal. */
  vssPath?: string;
  /** Enclosing names, outermost first (package, message, parent property). */
  parents?: string[];
}

/**
 * The signal candidates of one identifier, at most one per category (the
 * strongest), strongest first. Matching is by whole identifier parts, never
 * substrings: `translate`, `latency`, `template`, `plateau` and `vinyl` have
 * no part `lat`, `plate` or `vin`.
 */
export function matchSignals(identifier: string, context: SignalContext, pack: RulePack): SignalCandidate[] {
  const index = signalIndexOf(pack);
  const best = new Map<string, SignalCandidate>();
  const offer = (candidate: SignalCandidate): void => {
    const current = best.get(candidate.category);
    if (!current || candidate.confidence > current.confidence) best.set(candidate.category, candidate);
  };

  // A VSS path is more specific than any name part: when the catalog path is known, parts are not guessed.
  const vssMatched = context.vssPath ? matchVss(context.vssPath, index, offer) : false;
  if (!vssMatched && identifier !== "") matchTerms(splitCached(identifier), context, index, offer);
  if (context.typeName) matchTypes(context.typeName, index, offer);

  return [...best.values()].sort((a, b) => b.confidence - a.confidence || a.category.localeCompare(b.category));
}

interface TermHit {
  candidate: SignalCandidate;
  start: number;
  end: number;
}

function matchTerms(parts: string[], context: SignalContext, index: SignalIndex, offer: (c: SignalCandidate) => void): void {
  let contextParts: Set<string> | undefined;
  const hits: TermHit[] = [];
  for (let start = 0; start < parts.length; start++) {
    for (const key of lookupKeys(parts[start]!)) {
      for (const entry of index.termsByFirstPart.get(key) ?? []) {
        if (!termMatchesAt(entry, parts, start)) continue;
        if (entry.term.unless?.some((u) => parts.includes(u))) continue;
        let confidence = entry.term.confidence;
        let which = entry.which;
        const wanted = entry.term.context;
        if (wanted && wanted.confidence > confidence) {
          contextParts ??= collectContextParts(parts, context);
          const hit = wanted.parts.find((p) => contextParts!.has(p));
          if (hit !== undefined) {
            confidence = wanted.confidence;
            which = `${which}+ctx:${hit}`;
          }
        }
        hits.push({ candidate: { category: entry.category, confidence, which }, start, end: start + entry.term.parts.length });
      }
    }
  }
  if (hits.length === 1) return offer(hits[0]!.candidate);
  // Longest match wins: `cell_voltage` is battery R&D data, not also whatever a bare `voltage` would be.
  for (const hit of hits) {
    const covered = hits.some((other) => other !== hit && other.start <= hit.start && other.end >= hit.end && other.end - other.start > hit.end - hit.start);
    if (!covered) offer(hit.candidate);
  }
}

function termMatchesAt(entry: IndexedTerm, parts: string[], start: number): boolean {
  const wanted = entry.term.parts;
  if (start + wanted.length > parts.length) return false;
  for (let k = 1; k < wanted.length; k++) {
    if (!partEquals(parts[start + k]!, wanted[k]!)) return false;
  }
  return true;
}

/** A part equals a term part, or is its plural (`waypoints`, `batteries`, `addresses`). */
function partEquals(part: string, wanted: string): boolean {
  return lookupKeys(part).includes(wanted);
}

/** The spellings a part stands for: itself, its singular (`waypoints`, `batteries`), and the word it abbreviates (`img`, `spd`). */
function lookupKeys(part: string): string[] {
  let keys = keysCache.get(part);
  if (keys) return keys;
  keys = [part];
  if (part.length > 2 && part.endsWith("s") && !part.endsWith("ss")) {
    keys.push(part.slice(0, -1));
    if (part.endsWith("ies")) keys.push(part.slice(0, -3) + "y");
    else if (part.endsWith("es")) keys.push(part.slice(0, -2));
  }
  for (const key of [...keys]) {
    const full = expandAbbreviation(key);
    if (full !== undefined && !keys.includes(full)) keys.push(full);
  }
  if (keysCache.size > 100_000) keysCache.clear();
  keysCache.set(part, keys);
  return keys;
}

const keysCache = new Map<string, string[]>();

function collectContextParts(own: string[], context: SignalContext): Set<string> {
  const set = new Set<string>();
  const add = (parts: string[]): void => {
    for (const p of parts) for (const k of lookupKeys(p)) set.add(k);
  };
  add(own);
  for (const sibling of context.siblings ?? []) add(splitCached(sibling));
  for (const parent of context.parents ?? []) add(splitCached(parent));
  if (context.typeName) add(splitCached(context.typeName));
  return set;
}

/** Exact paths win over branches, and the deepest branch over the ones above it. Returns whether anything matched. */
function matchVss(path: string, index: SignalIndex, offer: (c: SignalCandidate) => void): boolean {
  const exact = index.vssExact.get(path) ?? [];
  for (const entry of exact) offer({ category: entry.category, confidence: entry.confidence, which: `vss:${entry.path}` });
  if (exact.length > 0) return true;
  let deepest = -1;
  const branches = index.vssPrefixes.filter((entry) => path === entry.path || path.startsWith(entry.path + "."));
  for (const entry of branches) deepest = Math.max(deepest, entry.path.length);
  for (const entry of branches) {
    if (entry.path.length === deepest) offer({ category: entry.category, confidence: entry.confidence, which: `vss:${entry.path}.**` });
  }
  return branches.length > 0;
}

function matchTypes(typeName: string, index: SignalIndex, offer: (c: SignalCandidate) => void): void {
  // TS type text may wrap the name: `sensor_msgs.PointCloud2[]`, `Array<NavSatFix> | undefined`.
  for (const token of typeName.match(/[\w./:]+/g) ?? []) {
    const segments = typeNameSegments(token);
    const short = segments.pop();
    if (!short) continue;
    for (const entry of index.typesByShortName.get(short.toLowerCase()) ?? []) {
      const packaged = entry.packageSegments.every((p) => segments.includes(p));
      if (!packaged) continue;
      offer({ category: entry.category, confidence: entry.confidence, which: `type:${entry.name}` });
    }
  }
}

// Scans see the same names over and over (every message has an `id`, a `timestamp`).
const splitCache = new Map<string, string[]>();
function splitCached(name: string): string[] {
  let parts = splitCache.get(name);
  if (!parts) {
    if (splitCache.size > 100_000) splitCache.clear();
    parts = splitIdentifier(name);
    splitCache.set(name, parts);
  }
  return parts;
}
