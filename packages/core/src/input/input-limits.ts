/**
 * The limits every parsed input (schema, config, registry, baseline, pack)
 * is held to, so that a hostile or broken file costs time and memory in
 * proportion to its size and is reported where it breaks a limit, instead of
 * overflowing the stack or expanding without bound.
 */

/**
 * Deepest nesting of maps and lists vdx reads. Real schemas, OpenAPI
 * documents and configs stay far below (a JSON Schema property 60 levels down
 * is 120 levels of value nesting); every recursive walker downstream (the YAML
 * composer, schema traversal, validation) stays well inside the stack at this
 * depth, whatever the caller's own stack use.
 */
export const MAX_NESTING_DEPTH = 256;

/**
 * YAML aliases may add at most this many nodes (counted as if every alias
 * were copied out), or as many as the document itself holds when that is
 * more: an anchor reused a thousand times is fine, a "billion laughs" is not.
 */
export const MIN_ALIAS_EXPANSION_BUDGET = 100_000;

export function tooDeepMessage(): string {
  return `nested more than ${MAX_NESTING_DEPTH} levels deep (vdx reads at most ${MAX_NESTING_DEPTH} levels of maps and lists)`;
}

/**
 * Offset of the first `{` or `[` of syntactically valid JSON that opens
 * level `MAX_NESTING_DEPTH + 1`, or -1. One pass, no recursion.
 */
export function jsonTooDeepAt(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Skip the string: valid JSON, so every `"` inside is escaped.
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 123 || c === 91) {
      if (++depth > MAX_NESTING_DEPTH) return i;
    } else if (c === 125 || c === 93) {
      depth--;
    }
  }
  return -1;
}

/** What the depth check needs of a YAML CST token (`yaml`'s `CST.Token`). */
interface CstToken {
  type: string;
  offset: number;
  value?: CstToken;
  items?: { key?: CstToken | null; value?: CstToken }[];
}

/**
 * Offset of the first YAML collection nested deeper than `MAX_NESTING_DEPTH`
 * in the parser's tokens (before composing, whose recursion would overflow
 * the stack), or -1. Iterative.
 */
export function yamlTooDeepAt(tokens: readonly CstToken[]): number {
  const stack: { token: CstToken; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    const collection = token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection";
    const here = collection ? depth + 1 : depth;
    if (here > MAX_NESTING_DEPTH) return token.offset;
    if (token.value && typeof token.value === "object") stack.push({ token: token.value, depth: here });
    for (const item of token.items ?? []) {
      if (item.key) stack.push({ token: item.key, depth: here });
      if (item.value) stack.push({ token: item.value, depth: here });
    }
  }
  return -1;
}
