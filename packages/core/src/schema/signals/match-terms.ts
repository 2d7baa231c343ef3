import type { SignalCandidate } from "../../model/schema-field.js";
import type { Qualifier } from "../../model/signal-knowledge.js";
import type { SiblingSummary, SignalContext, Suppression } from "./signal-types.js";
import type { IndexedTerm, SignalIndex } from "./signal-index.js";

interface TermHit {
  candidate: SignalCandidate;
  start: number;
  end: number;
}

/**
 * Terms of the pack found in the identifier's parts. Context parts (siblings,
 * enclosing names, the type) raise a term to its context confidence; the
 * longest of overlapping terms wins; a qualifier (`gpsEnabled`, `vinLength`)
 * caps or cancels the term it is about.
 */
export function matchTerms(
  parts: readonly string[],
  context: SignalContext,
  siblings: SiblingSummary,
  index: SignalIndex,
  suppressed: Suppression[],
): SignalCandidate[] {
  let ownAndAround: Set<string> | undefined;
  let enclosing: Set<string> | undefined;
  const hits: TermHit[] = [];
  for (let start = 0; start < parts.length; start++) {
    for (const key of index.keys.of(parts[start]!)) {
      for (const entry of index.termsByFirstPart.get(key) ?? []) {
        if (!termMatchesAt(entry, parts, start, index)) continue;
        // `unless` words count in their plural and abbreviated spellings too (`idlingThreads`, `trackNo`).
        if (entry.term.unless?.some((u) => parts.some((p) => index.keys.equals(p, u)))) continue;
        if (entry.term.unlessBeside?.some((u) => siblings.parts.has(u))) {
          suppressed.push({ which: entry.which, category: entry.category, by: "beside" });
          continue;
        }
        if (entry.term.unlessNumeric && isNumericType(context.scalarType ?? context.typeName)) {
          suppressed.push({ which: entry.which, category: entry.category, by: "numeric-type" });
          continue;
        }
        if (entry.term.unlessWithin) {
          enclosing ??= partsOfParents(context, index);
          if (entry.term.unlessWithin.some((u) => enclosing!.has(u))) continue;
        }
        let confidence = entry.term.confidence;
        let which = entry.which;
        const wanted = entry.term.context;
        if (wanted && wanted.confidence > confidence) {
          ownAndAround ??= partsAround(parts, context, index);
          const hit = wanted.parts.find((p) => ownAndAround!.has(p) || siblings.parts.has(p));
          if (hit !== undefined) {
            confidence = wanted.confidence;
            which = `${which}+ctx:${hit}`;
          }
        }
        hits.push({ candidate: { category: entry.category, confidence, which }, start, end: start + entry.term.parts.length });
      }
    }
  }
  // Longest match wins: `cell_voltage` is battery R&D data, not also whatever a bare `voltage` would be.
  const kept =
    hits.length <= 1
      ? hits
      : hits.filter(
          (hit) => !hits.some((other) => other !== hit && other.start <= hit.start && other.end >= hit.end && other.end - other.start > hit.end - hit.start),
        );
  const result: SignalCandidate[] = [];
  for (const hit of kept) {
    const qualifier = index.qualifiers.find((q) => qualifies(q, hit, parts, index));
    if (!qualifier) {
      result.push(hit.candidate);
    } else if (qualifier.cap > 0) {
      result.push({ ...hit.candidate, confidence: Math.min(hit.candidate.confidence, qualifier.cap), which: `${hit.candidate.which}+q:${qualifier.id}` });
    } else {
      suppressed.push({ which: hit.candidate.which, category: hit.candidate.category, by: `qualifier:${qualifier.id}` });
    }
  }
  return result;
}

function termMatchesAt(entry: IndexedTerm, parts: readonly string[], start: number, index: SignalIndex): boolean {
  const wanted = entry.term.parts;
  if (start + wanted.length > parts.length) return false;
  for (let k = 1; k < wanted.length; k++) {
    if (!index.keys.equals(parts[start + k]!, wanted[k]!)) return false;
  }
  return true;
}

/** A qualifier applies when its parts stand on its side of the term (`gps|Enabled`, `has|Gps`) and the term's category is not excepted. */
function qualifies(qualifier: Qualifier, hit: TermHit, parts: readonly string[], index: SignalIndex): boolean {
  if (qualifier.except?.includes(hit.candidate.category)) return false;
  const [from, to] = qualifier.position === "after" ? [hit.end, parts.length] : [0, hit.start];
  if (to - from <= 0) return false;
  return qualifier.parts.some((wanted) => index.keys.occursIn(parts, wanted, from, to));
}

// Scalar number types of JSON Schema, protobuf and TypeScript (`number | null` and `int64?` too).
const NUMERIC_TYPE = /^(?:integer|number|bigint|double|float|u?int(?:8|16|32|64)|sint(?:32|64)|s?fixed(?:32|64))$/i;
function isNumericType(type: string | undefined): boolean {
  if (type === undefined) return false;
  const members = type
    .split("|")
    .map((member) => member.trim().replace(/\?$/, ""))
    .filter((member) => member !== "" && member !== "null" && member !== "undefined");
  return members.length > 0 && members.every((member) => NUMERIC_TYPE.test(member));
}

/** Spellings of the parts of the enclosing names only (`unlessWithin`). */
function partsOfParents(context: SignalContext, index: SignalIndex): Set<string> {
  const set = new Set<string>();
  for (const parent of context.parents ?? []) for (const p of index.reader.read(parent)) for (const k of index.keys.of(p)) set.add(k);
  return set;
}

/** Spellings of the identifier's own parts, its enclosing names and its type (the siblings are summarised separately). */
function partsAround(own: readonly string[], context: SignalContext, index: SignalIndex): Set<string> {
  const set = new Set<string>();
  const add = (parts: readonly string[]): void => {
    for (const p of parts) for (const k of index.keys.of(p)) set.add(k);
  };
  add(own);
  for (const parent of context.parents ?? []) add(index.reader.read(parent));
  if (context.typeName) add(index.reader.read(context.typeName));
  return set;
}
