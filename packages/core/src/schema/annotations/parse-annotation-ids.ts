/**
 * Reads the ids of a `@vdx` annotation wherever it is written: a TS JSDoc
 * tag comment, a proto comment line, an ESLint suggestion. Accepts the whole
 * comment text (`@vdx a, b` may sit among other lines) or just the tag's text.
 *
 * `none` is the reserved id for "reviewed: not export-relevant"; it is
 * reported as `none: true` and never returned among `ids`.
 */
export function parseAnnotationIds(text: string): { ids: string[]; none: boolean } {
  const ids: string[] = [];
  let none = false;
  const tagged = /@vdx\b([^\n@]*)/g;
  const segments: string[] = [];
  let match: RegExpExecArray | null;
  while ((match = tagged.exec(text)) !== null) segments.push(match[1] ?? "");
  // A bare tag text (what `ts.getTextOfJSDocComment` gives for `@vdx a b`) has no `@vdx` prefix.
  if (segments.length === 0 && !text.includes("@")) segments.push(text);
  for (const segment of segments) {
    // Stop at comment decoration or prose: `*/`, ` -- reason`, `(reason)`.
    const body = segment.split(/\*\/|\s--\s|\s—\s|\(/)[0] ?? "";
    for (const token of body.split(/[\s,;]+/)) {
      const id = token.trim().replace(/^["'`]|["'`.]$/g, "");
      if (id === "") continue;
      if (!/^[A-Za-z][\w-]*(\.[\w-]+)*$/.test(id)) break;
      // After the first id, a dot-less word is prose ("@vdx geo.hd-map since v2"), not an id.
      if ((ids.length > 0 || none) && !id.includes(".") && id !== "none") break;
      if (id === "none") none = true;
      else if (!ids.includes(id)) ids.push(id);
    }
  }
  return { ids, none };
}
