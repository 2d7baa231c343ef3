import type { TSESTree } from "@typescript-eslint/utils";
import { parseAnnotationIds, type Finding, type RulePack } from "@vdx/core";

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
 * Where the id of each `unknown-category` finding is written: the finding
 * names the id as data (`data.id`), the occurrences say where ids are written;
 * an id written in two tags goes to the finding nearest to each. A finding of
 * an older core (no `data.id`) has no occurrence: it is reported without a
 * replacement fix rather than paired by guess.
 */
export function locateFindingIds(
  findings: readonly { finding: Finding; index: number }[],
  occurrences: readonly UnknownIdOccurrence[],
): Map<Finding, UnknownIdOccurrence | undefined> {
  const claimed = new Set<UnknownIdOccurrence>();
  const located = new Map<Finding, UnknownIdOccurrence | undefined>();
  for (const { finding, index } of findings) {
    const id = finding.data?.id;
    let best: { occurrence: UnknownIdOccurrence; distance: number } | undefined;
    for (const occurrence of id === undefined ? [] : occurrences) {
      if (claimed.has(occurrence) || occurrence.id !== id) continue;
      const distance = Math.abs(occurrence.range[0] - index);
      if (!best || distance < best.distance) best = { occurrence, distance };
    }
    if (best) claimed.add(best.occurrence);
    located.set(finding, best?.occurrence);
  }
  return located;
}

/** Offset of `id` as a whole token in a tag's text. */
function tokenOffset(text: string, id: string): number {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\w.-])${escaped}(?![\\w.-])`).exec(text)?.index ?? -1;
}
