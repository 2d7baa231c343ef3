import { parseAnnotationIds } from "../annotations/parse-annotation-ids.js";

const OPTION_KEY = /^\(\.?vdx\.categor(?:y|ies)\)$/;

/**
 * The `@vdx` ids written on a message or field: the custom option
 * `(vdx.category)` (string, repeated, or a list) and `@vdx` comment lines.
 */
export function writtenProtoMarking(
  parsedOptions: readonly Record<string, unknown>[] | null | undefined,
  options: Record<string, unknown> | undefined,
  comments: string[],
): { ids: string[]; none: boolean } {
  const ids: string[] = [];
  let none = false;
  const take = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(take);
      return;
    }
    if (typeof value !== "string") return;
    for (const id of value.split(/[\s,]+/)) {
      if (id === "") continue;
      if (id === "none") none = true;
      else if (!ids.includes(id)) ids.push(id);
    }
  };
  const optionEntries = parsedOptions && parsedOptions.length > 0 ? parsedOptions : options ? [options] : [];
  for (const entry of optionEntries) {
    for (const [key, value] of Object.entries(entry)) if (OPTION_KEY.test(key)) take(value);
  }
  for (const comment of comments) {
    if (!comment.includes("@vdx")) continue;
    const parsed = parseAnnotationIds(comment);
    none ||= parsed.none;
    for (const id of parsed.ids) if (!ids.includes(id)) ids.push(id);
  }
  return { ids, none };
}
