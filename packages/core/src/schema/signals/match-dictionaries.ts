import type { SignalCandidate } from "../../model/schema-field.js";
import { inContextByName, surroundingsOf, withoutInstances, type DictionaryNameEntry, type Surroundings } from "./dictionary-index.js";
import { nameKey } from "./identifier-parts.js";
import type { SiblingSummary, SignalContext, Suppression } from "./signal-types.js";
import type { SignalIndex } from "./signal-index.js";
import { otherDictionaryNames } from "./sibling-summary.js";

export interface DictionaryOutcome {
  /** Set when a dictionary, in its context, decided the name (mapped or out): names are then not guessed. */
  decidedBy?: string;
  candidates: SignalCandidate[];
}

/**
 * An identifier that is a name of a standard's dictionary. In the
 * dictionary's context — an enclosing name or type the dictionary knows, or
 * another distinctive name of it beside the field — the dictionary decides;
 * elsewhere a name only counts at the group's `alone` confidence.
 */
export function matchDictionaryNames(
  identifier: string,
  context: SignalContext,
  siblings: SiblingSummary,
  index: SignalIndex,
  suppressed: Suppression[],
): DictionaryOutcome {
  const key = nameKey(identifier);
  const entries = index.dictionaries.names.get(key);
  if (!entries) return { candidates: [] };
  let around: Surroundings | undefined;
  const inContext = (entry: DictionaryNameEntry): boolean => {
    if (!entry.generic && otherDictionaryNames(siblings, entry.dictionary, key, entry.distinctive) > 0) return true;
    for (const name of entry.context.names) if (name !== key && siblings.names.has(name)) return true;
    around ??= surroundingsOf(context.parents, context.typeName);
    return inContextByName(entry, around);
  };
  const mapped: SignalCandidate[] = [];
  const alone: SignalCandidate[] = [];
  const out: DictionaryNameEntry[] = [];
  for (const entry of entries) {
    const group = entry.group;
    if (inContext(entry)) {
      if (group.out !== undefined) out.push(entry);
      else for (const category of group.categories ?? []) mapped.push({ category, confidence: group.confidence ?? 0, which: `${entry.which}+ctx` });
    } else if (group.alone !== undefined && group.out === undefined) {
      for (const category of group.categories ?? []) alone.push({ category, confidence: group.alone, which: entry.which });
    }
  }
  if (mapped.length > 0) return { decidedBy: mapped[0]!.which, candidates: mapped };
  if (out.length > 0) {
    for (const entry of out) suppressed.push({ which: entry.which, by: `out: ${entry.group.out}` });
    return { decidedBy: out[0]!.which, candidates: [] };
  }
  return { candidates: alone };
}

/**
 * A VSS path: the pack's own exact paths first, then the dictionary's leaf
 * (instance segments dropped), then the deepest branch of either. Returns
 * whether the path was decided — an `out` leaf is decided without candidates.
 */
export function matchVss(path: string, index: SignalIndex, offer: (c: SignalCandidate) => void, suppressed: Suppression[]): boolean {
  const catalogPath = withoutInstances(path, index.dictionaries);
  const exact = index.vssExact.get(path) ?? index.vssExact.get(catalogPath) ?? [];
  for (const entry of exact) offer({ category: entry.category, confidence: entry.confidence, which: `vss:${entry.path}` });
  if (exact.length > 0) return true;

  const leaf = index.dictionaries.vssLeaves.get(catalogPath);
  if (leaf) {
    if (leaf.group.out !== undefined) suppressed.push({ which: leaf.which, by: `out: ${leaf.group.out}` });
    for (const category of leaf.group.categories ?? []) offer({ category, confidence: leaf.group.confidence ?? 0, which: leaf.which });
    return true;
  }

  // The deepest branch wins; on a tie the pack's own signals come first.
  const covers = (branch: string): boolean => [path, catalogPath].some((p) => p === branch || p.startsWith(branch + "."));
  const depth = (branch: string): number => branch.split(".").length;
  const branches = index.vssPrefixes.filter((entry) => covers(entry.path));
  let deepest = Math.max(-1, ...branches.map((entry) => depth(entry.path)));
  const segments = catalogPath.split(".");
  let dictionaryBranch;
  for (let n = segments.length - 1; n > 0 && !dictionaryBranch; n--) dictionaryBranch = index.dictionaries.vssBranches.get(segments.slice(0, n).join("."));
  if (branches.length === 0 && !dictionaryBranch) return false;
  if (dictionaryBranch && depth(dictionaryBranch.path) > deepest) {
    if (dictionaryBranch.group.out !== undefined) suppressed.push({ which: dictionaryBranch.which, by: `out: ${dictionaryBranch.group.out}` });
    for (const category of dictionaryBranch.group.categories ?? [])
      offer({ category, confidence: dictionaryBranch.group.confidence ?? 0, which: dictionaryBranch.which });
    return true;
  }
  deepest = Math.max(...branches.map((entry) => depth(entry.path)));
  for (const entry of branches) {
    if (depth(entry.path) === deepest) offer({ category: entry.category, confidence: entry.confidence, which: `vss:${entry.path}.**` });
  }
  return true;
}
