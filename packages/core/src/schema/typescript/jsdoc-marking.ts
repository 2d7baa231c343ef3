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
  let result: JsDocMarking | undefined;
  for (const tag of tsApi.getJSDocTags(node)) {
    if (tag.tagName.text !== "vdx") continue;
    const text = tsApi.getTextOfJSDocComment(tag.comment) ?? "";
    const parsed = parseAnnotationIds(text);
    if (!result) result = { ids: [], none: false, tag };
    result.none ||= parsed.none;
    for (const id of parsed.ids) if (!result.ids.includes(id)) result.ids.push(id);
    // `@vdx` with nothing after it is a mistake worth reporting: treat as an empty id.
    if (!parsed.none && parsed.ids.length === 0) result.ids.push("");
  }
  return result;
}
