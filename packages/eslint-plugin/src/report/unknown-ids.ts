import type { TSESTree } from "@typescript-eslint/utils";
import { parseAnnotationIds, suggestIds, type Finding, type RulePack } from "@vdx/core";

/** An id written after a `@vdx` tag that the rule pack does not define; a bare `@vdx` is the empty id. */
export interface UnknownIdOccurrence {
  id: string;
  /** Where the id is written (for a bare tag: just after `@vdx`). */
  range: [number, number];
  comment: TSESTree.Comment;
}

const TAG = /@vdx\b[^\n@]*/g;

/** Every unknown id of every `@vdx` tag in `comments`, in source order. */
export function unknownIdOccurrences(comments: readonly TSESTree.Comment[], pack: RulePack): UnknownIdOccurrence[] {
  const occurrences: UnknownIdOccurrence[] = [];
  for (const comment of comments) {
    const bodyStart = comment.range[0] + 2; // `/*` or `//` precedes `value`
    for (const tag of comment.value.matchAll(TAG)) {
      const tagStart = bodyStart + tag.index;
      const parsed = parseAnnotationIds(tag[0]);
      if (parsed.ids.length === 0 && !parsed.none) {
        // The core reads a tag with nothing after it as the empty id (an annotation that names nothing).
        const after = tagStart + "@vdx".length;
        occurrences.push({ id: "", range: [after, after], comment });
        continue;
      }
      for (const id of parsed.ids) {
        if (pack.categories.has(id)) continue;
        const offset = tokenOffset(tag[0], id);
        if (offset >= 0) occurrences.push({ id, range: [tagStart + offset, tagStart + offset + id.length], comment });
      }
    }
  }
  return occurrences;
}

/**
 * The written id each `unknown-category` finding is about. The core finding
 * carries the id only in its sentence; what it carries as data is where the
 * annotation is (the `@vdx` tag of the declaration) and the did-you-mean ids
 * the core computed for it (`suggestIds` over the pack). So a finding takes
 * the nearest unclaimed occurrence whose own did-you-mean list is the
 * finding's: the same id, unless two unknown ids of one annotation have the
 * same suggestions (then either pairing reads the same to the user).
 */
export function pairFindingsWithIds(
  findings: readonly { finding: Finding; index: number }[],
  occurrences: readonly UnknownIdOccurrence[],
  pack: RulePack,
): Map<Finding, UnknownIdOccurrence | undefined> {
  const suggestionsOf = new Map(occurrences.map((o) => [o, suggestIds(o.id, pack.categories.keys())]));
  const claimed = new Set<UnknownIdOccurrence>();
  const paired = new Map<Finding, UnknownIdOccurrence | undefined>();
  for (const { finding, index } of findings) {
    const expected = finding.suggestions ?? [];
    let best: { occurrence: UnknownIdOccurrence; distance: number } | undefined;
    for (const occurrence of occurrences) {
      if (claimed.has(occurrence) || !sameList(suggestionsOf.get(occurrence)!, expected)) continue;
      const distance = Math.abs(occurrence.range[0] - index);
      if (!best || distance < best.distance) best = { occurrence, distance };
    }
    if (best) claimed.add(best.occurrence);
    paired.set(finding, best?.occurrence);
  }
  return paired;
}

/** Offset of `id` as a whole token in a tag's text. */
function tokenOffset(text: string, id: string): number {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\w.-])${escaped}(?![\\w.-])`).exec(text)?.index ?? -1;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
