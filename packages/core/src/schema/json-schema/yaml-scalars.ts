import { MAX_NESTING_DEPTH } from "../../input/input-limits.js";
import type { Span } from "./positioned-spans.js";

/**
 * Scalars and one-line flow collections of the fast YAML reader
 * (`fast-block-yaml.ts`), resolved exactly as the `yaml` package's core
 * schema does. Anything this code is not certain about throws `Unsupported`,
 * and the caller falls back to the full parser.
 */

/** Thrown for any construct the fast reader leaves to the full YAML parser. */
export class Unsupported extends Error {}

export function unsupported(why: string): never {
  throw new Unsupported(why);
}

export type SpanSink = (pointer: string, span: Span) => void;

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** Cheap pre-test: only these first characters can make a plain scalar anything but a string. */
const MAYBE_NOT_STRING = /^[-+.~0-9nNtTfF]|^$/;

/** A plain scalar as the YAML 1.2 core schema resolves it (the `yaml` package's `schema: "core"`). */
export function resolvePlain(text: string): unknown {
  if (!MAYBE_NOT_STRING.test(text)) return text;
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text.startsWith("t") || text.startsWith("T");
  if (INT.test(text)) return parseInt(text, 10);
  if (INT_OCT.test(text)) return parseInt(text.slice(2), 8);
  if (INT_HEX.test(text)) return parseInt(text.slice(2), 16);
  if (FLOAT_SPECIAL.test(text)) return text.endsWith("n") || text.endsWith("N") ? NaN : text.startsWith("-") ? -Infinity : Infinity;
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text);
  return text;
}

/** A map key as `yaml`'s `toJS` names the property (`200:` → "200", `~:` → ""). */
export function keyString(value: unknown): string {
  return value === null ? "" : `${value as string | number | boolean}`;
}

export function escapePointerSegment(key: string): string {
  return key.includes("~") || key.includes("/") ? key.replace(/~/g, "~0").replace(/\//g, "~1") : key;
}

/** A double-quoted scalar on one line starting at `start`; returns its value and the offset after the closing quote. */
export function readDoubleQuoted(text: string, start: number, lineEnd: number): { value: string; end: number } {
  let i = start + 1;
  let escaped = false;
  while (i < lineEnd) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      escaped = true;
      i += 2;
      continue;
    }
    if (c === 34) break;
    if (c === 9) escaped = true; // a raw tab is YAML-legal but not JSON: let JSON.parse decide below
    i++;
  }
  if (i >= lineEnd) unsupported("multi-line double-quoted scalar");
  const raw = text.slice(start, i + 1);
  if (!escaped) return { value: raw.slice(1, -1), end: i + 1 };
  // JSON escapes are a subset of YAML's; the YAML-only ones (\x, \e, \N, \_, a raw tab …) go to the full parser.
  try {
    return { value: JSON.parse(raw) as string, end: i + 1 };
  } catch {
    return unsupported("YAML-only escape");
  }
}

/** A single-quoted scalar on one line (`''` is a quote). */
export function readSingleQuoted(text: string, start: number, lineEnd: number): { value: string; end: number } {
  let i = start + 1;
  let value = "";
  let from = i;
  for (;;) {
    const close = text.indexOf("'", i);
    if (close === -1 || close >= lineEnd) unsupported("multi-line single-quoted scalar");
    if (text.charCodeAt(close + 1) === 39) {
      value += text.slice(from, close + 1);
      i = close + 2;
      from = i;
      continue;
    }
    return { value: value + text.slice(from, close), end: close + 1 };
  }
}

/** Offset after trailing spaces and an optional comment: must be the line end, or the construct is not understood. */
export function expectLineEnd(text: string, from: number, lineEnd: number): void {
  let i = from;
  while (i < lineEnd && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i < lineEnd && !(text.charCodeAt(i) === 35 && i > from)) unsupported("text after a value");
}

/**
 * A flow collection (`{ type: string }`, `[a, b]`). It opens and closes on one line, unless `nextLine` is
 * given: then the collection may go on over the following content lines, broken only between entries
 * (`[a, b,⏎ c]`, `[⏎ a ]`) — never inside a scalar, nor between a key and its colon or value.
 * `nextLine` hands out the next content line, or undefined when there is none the collection may use.
 * Records the spans of its members. Returns the value, the offset after the closing bracket and the end
 * of the line it closes on.
 */
export function readFlow(
  text: string,
  start: number,
  lineEnd: number,
  pointer: string,
  record: SpanSink,
  depth = 0,
  nextLine?: () => { start: number; end: number } | undefined,
): { value: unknown; end: number; lineEnd: number } {
  let i = start;
  // Nesting beyond the limit is the full parser's to report.
  const deeper = (): void => {
    if (++depth > MAX_NESTING_DEPTH) unsupported("nested too deeply");
  };
  const skipSpaces = (): void => {
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
  };
  /** Spaces, and line breaks where the collection may continue on the next content line. */
  const skipToEntry = (): void => {
    skipSpaces();
    while (i >= lineEnd && nextLine) {
      const next = nextLine();
      if (!next) return;
      i = next.start;
      lineEnd = next.end;
      skipSpaces();
    }
  };
  const readScalar = (): { value: unknown; start: number; end: number } => {
    skipSpaces();
    const from = i;
    const c = text[i];
    if (c === '"') {
      const q = readDoubleQuoted(text, i, lineEnd);
      i = q.end;
      return { value: q.value, start: from, end: i };
    }
    if (c === "'") {
      const q = readSingleQuoted(text, i, lineEnd);
      i = q.end;
      return { value: q.value, start: from, end: i };
    }
    if (c === undefined || "&*!|>%@`#?".includes(c) || (c === "-" && text[i + 1] === " ")) unsupported("flow indicator");
    // `#` starts a comment only after a space: `Row#` is a scalar of its own.
    while (i < lineEnd && !",[]{}:".includes(text[i]!) && !(text[i] === "#" && text.charCodeAt(i - 1) === 32)) i++;
    if (text[i] === "#" || (text[i] === ":" && !/[ ,\]}]/.test(text[i + 1] ?? " "))) unsupported("':' or '#' inside a flow scalar");
    let end = i;
    while (end > from && text.charCodeAt(end - 1) === 32) end--;
    if (end === from) unsupported("empty flow entry");
    return { value: resolvePlain(text.slice(from, end)), start: from, end };
  };
  const readNode = (at: string, keyStart: number): unknown => {
    skipSpaces();
    const c = text[i];
    if (c === "{" || c === "[") {
      const valueStart = i;
      const value = c === "{" ? readMap(at) : readSeq(at);
      record(at, { keyStart: keyStart >= 0 ? keyStart : valueStart, valueStart, valueEnd: i });
      return value;
    }
    const scalar = readScalar();
    record(at, { keyStart: keyStart >= 0 ? keyStart : scalar.start, valueStart: scalar.start, valueEnd: scalar.end });
    return scalar.value;
  };
  const readMap = (at: string): Record<string, unknown> => {
    deeper();
    i++;
    const map: Record<string, unknown> = {};
    for (;;) {
      skipToEntry();
      if (text[i] === "}") break;
      const key = readScalar();
      skipSpaces();
      if (text[i] !== ":") unsupported("flow map entry without a value");
      i++;
      const name = keyString(key.value);
      if (name === "__proto__" || Object.hasOwn(map, name)) unsupported("duplicate or special key");
      skipSpaces();
      const child = `${at}/${escapePointerSegment(name)}`;
      if (text[i] === "," || text[i] === "}") {
        map[name] = null;
        record(child, { keyStart: key.start, valueStart: i, valueEnd: i });
      } else {
        map[name] = readNode(child, key.start);
      }
      skipToEntry();
      if (text[i] === ",") i++;
      else if (text[i] !== "}") unsupported("flow map");
    }
    i++;
    depth--;
    return map;
  };
  const readSeq = (at: string): unknown[] => {
    deeper();
    i++;
    const list: unknown[] = [];
    for (;;) {
      skipToEntry();
      if (text[i] === "]") break;
      const item = readNode(`${at}/${list.length}`, -1);
      skipToEntry();
      if (text[i] === ":") unsupported("single-pair map in a flow sequence");
      list.push(item);
      if (text[i] === ",") i++;
      else if (text[i] !== "]") unsupported("flow sequence");
    }
    i++;
    depth--;
    return list;
  };
  const value = text[start] === "{" ? readMap(pointer) : readSeq(pointer);
  if (i > lineEnd) unsupported("multi-line flow collection");
  return { value, end: i, lineEnd };
}
