import type ts from "typescript";
import { parseAnnotationIds } from "../annotations/parse-annotation-ids.js";

type TS = typeof ts;

/** A `@vdx` JSDoc tag of a declaration: its ids and where the tag is written. */
export interface JsDocMarking {
  ids: string[];
  none: boolean;
  tag: ts.JSDocTag;
}

/** Reads `/** @vdx a, b *\/` (or `@vdx none`) on a declaration, with the injected `ts`. */
export function jsDocMarking(tsApi: TS, node: ts.Node): JsDocMarking | undefined {
  return markingOfTags(tsApi, tsApi.getJSDocTags(node));
}

/** The `@vdx` tags of one JSDoc comment (a `@typedef` block), not of the node it documents. */
export function jsDocCommentMarking(tsApi: TS, comment: ts.JSDoc): JsDocMarking | undefined {
  return markingOfTags(tsApi, comment.tags ?? []);
}

function markingOfTags(tsApi: TS, tags: readonly ts.JSDocTag[]): JsDocMarking | undefined {
  let result: JsDocMarking | undefined;
  for (const tag of tags) {
    if (tag.tagName.text !== "vdx") continue;
    const text = tsApi.getTextOfJSDocComment(tag.comment) ?? "";
    const parsed = parseAnnotationIds(text);
    result ??= { ids: [], none: false, tag };
    result.none ||= parsed.none;
    for (const id of parsed.ids) if (!result.ids.includes(id)) result.ids.push(id);
    // `@vdx` with nothing after it is a mistake worth reporting: treat as an empty id.
    if (!parsed.none && parsed.ids.length === 0) result.ids.push("");
  }
  return result;
}
