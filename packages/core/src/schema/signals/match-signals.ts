import type { RulePack } from "../../model/pack.js";
import type { SignalCandidate } from "../../model/schema-field.js";
import { matchDictionaryNames, matchVss } from "./match-dictionaries.js";
import { matchShapes } from "./match-shapes.js";
import { matchTerms } from "./match-terms.js";
import { signalIndexOf, typeNameSegments, type SignalIndex } from "./signal-index.js";
import { siblingSummary } from "./sibling-summary.js";
import type { SignalContext, Suppression } from "./signal-types.js";

export type { SignalContext } from "./signal-types.js";

export interface SignalExplanation {
  candidates: SignalCandidate[];
  suppressed: Suppression[];
}

/**
 * The signal candidates of one identifier, at most one per category (the
 * strongest), strongest first. Matching is by whole identifier parts, never
 * substrings: `translate`, `latency`, `template`, `plateau` and `vinyl` have
 * no part `lat`, `plate` or `vin`.
 */
export function matchSignals(identifier: string, context: SignalContext, pack: RulePack): SignalCandidate[] {
  return explainSignals(identifier, context, pack).candidates;
}

/** `matchSignals` with the matches that were suppressed (qualifiers, dictionaries' `out`), for `vdx explain` and tests. */
export function explainSignals(identifier: string, context: SignalContext, pack: RulePack): SignalExplanation {
  const index = signalIndexOf(pack);
  const best = new Map<string, SignalCandidate>();
  const offer = (candidate: SignalCandidate): void => {
    const current = best.get(candidate.category);
    if (!current || candidate.confidence > current.confidence) best.set(candidate.category, candidate);
  };
  const suppressed: Suppression[] = [];
  const siblings = siblingSummary(context.siblings, index);

  // A VSS path is more specific than any name part: when the catalog path is known, parts are not guessed.
  const vssDecided = context.vssPath ? matchVss(context.vssPath, index, offer, suppressed) : false;
  if (!vssDecided && identifier !== "") {
    const dictionary = matchDictionaryNames(identifier, context, siblings, index, suppressed);
    const terms = matchTerms(index.reader.read(identifier), context, siblings, index, suppressed);
    // A standard's name in its own context is decided by the standard, as a VSS path is.
    if (dictionary.decidedBy) for (const term of terms) suppressed.push({ which: term.which, category: term.category, by: dictionary.decidedBy });
    else terms.forEach(offer);
    dictionary.candidates.forEach(offer);
  }
  if (context.typeName) {
    matchTypes(context.typeName, index, offer);
    matchShapes(identifier, context, siblings, index, offer);
  }

  const candidates = [...best.values()].sort((a, b) => b.confidence - a.confidence || a.category.localeCompare(b.category));
  return { candidates, suppressed };
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
      offer({ category: entry.category, confidence: entry.confidence, which: entry.which });
    }
  }
}
