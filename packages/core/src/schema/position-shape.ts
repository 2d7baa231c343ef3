import type { ClassifiedField, SignalCandidate } from "../model/schema-field.js";
import type { ClassifyEnvironment } from "./classify-field.js";

/** Two members that place something (`lat` and `lng`, `latitude` and `longitude`) make a position. */
const MIN_LOCATING_MEMBERS = 2;

/**
 * Whether an object type is a position by its shape: at least two of its
 * members are classified with categories that place data on the map (the
 * pack's `locates` categories — `lat` beside `lng` is location by the
 * signals). A field typed with such an object is a position wherever it is
 * used (`pickup: GeoPoint`, `"origin": { "$ref": "#/$defs/LatLon" }`), even
 * when its own name says nothing. Returns the candidate that classifies it.
 */
export function positionShapeCandidates(members: readonly ClassifiedField[], env: ClassifyEnvironment): SignalCandidate[] | undefined {
  const locating = members.filter((member) => member.categories.some((id) => env.pack.categories.get(id)?.locates));
  if (locating.length < MIN_LOCATING_MEMBERS) return undefined;
  const confidence = Math.min(...locating.map((member) => member.confidence));
  const names = locating.slice(0, 3).map((member) => member.path.slice(member.path.search(/[^./#]+$/)));
  const categories = [...new Set(locating.flatMap((member) => member.categories.filter((id) => env.pack.categories.get(id)?.locates)))];
  return categories.map((category) => ({ category, confidence, which: `shape:${names.join("+")}` }));
}

/**
 * A field classified by its type's position shape. Like a property typed with a classified interface, it
 * is not reported by `unclassified-signal` itself: its members are, and confirming them confirms it.
 */
export function positionShapedField(base: Omit<ClassifiedField, "categories" | "evidence" | "confidence">, candidates: SignalCandidate[]): ClassifiedField {
  return {
    ...base,
    categories: candidates.map((c) => c.category),
    evidence: { kind: "signal", which: candidates[0]!.which },
    confidence: candidates[0]!.confidence,
  };
}
