import { MAX_NESTING_DEPTH, tooDeepMessage } from "./input-limits.js";

/** Where JSON text stops being JSON, and why, in JSON's own words. */
export interface JsonSyntaxError {
  offset: number;
  message: string;
  /** Valid JSON, but nested deeper than vdx reads. */
  limit?: true;
}

/**
 * The first syntax error of `text` as JSON (RFC 8259), or a nesting deeper
 * than vdx reads, or undefined when it is valid. One pass with an explicit
 * stack, so any depth is safe. `JSON.parse` says where only in some
 * messages, differs between Node versions and quotes the source; this says
 * what was expected at which offset and never quotes more than one character.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const n = text.length;
  let i = 0;
  // Open containers: 123 `{` or 91 `[`.
  const stack: number[] = [];
  const fail = (offset: number, message: string): JsonSyntaxError => ({ offset, message });
  const skipWhitespace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
      i++;
    }
  };
  const found = (): string => (i >= n ? "the end of the file" : describeChar(text, i));

  /** Reads a string at `i` (which is `"`); returns an error or undefined. */
  const readString = (): JsonSyntaxError | undefined => {
    const start = i;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return undefined;
      }
      if (c < 32) return fail(i, `a string must not contain a raw control character (found ${describeChar(text, i)}); write it as an escape`);
      if (c === 92) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail(i, "\\u must be followed by four hexadecimal digits");
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) return fail(i, `invalid escape in a string (only \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`);
        i += 2;
        continue;
      }
      i++;
    }
    return fail(start, "unterminated string");
  };
  const readNumber = (): JsonSyntaxError | undefined => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === "-" || match[0] === "") return fail(i, `invalid number`);
    const after = text.charCodeAt(i + match[0].length);
    // `01`, `1.`, `1e`: the regex stops early; what follows is part of a malformed number.
    if ((after >= 48 && after <= 57) || after === 46 || after === 101 || after === 69) return fail(i, "invalid number");
    i += match[0].length;
    return undefined;
  };

  /** Reads one value at `i`. Containers are opened (pushed) and closed by the main loop. */
  const readValue = (): JsonSyntaxError | undefined => {
    skipWhitespace();
    if (i >= n) return fail(n, "unexpected end of the file: a value is missing");
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      if (stack.length >= MAX_NESTING_DEPTH) return { offset: i, message: tooDeepMessage(), limit: true };
      stack.push(c);
      i++;
      return undefined;
    }
    if (c === 34) return readString();
    if (c === 45 || (c >= 48 && c <= 57)) return readNumber();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return undefined;
      }
    }
    return fail(i, `expected a value (an object, list, string, number, true, false or null), found ${found()}`);
  };

  // What may come next: a value, the first member or element of a container just opened, a property
  // name, or (after a value) the comma or bracket that continues or closes the innermost container.
  let state: "value" | "first-member" | "first-element" | "key" | "after" = "value";
  for (;;) {
    skipWhitespace();
    const c = text.charCodeAt(i);
    if (state === "first-member" && c === 125) {
      stack.pop();
      i++; // an empty object: on to "after" below
    } else if (state === "first-element" && c === 93) {
      stack.pop();
      i++; // an empty list: on to "after" below
    } else if (state === "value" || state === "first-element") {
      const before = stack.length;
      const error = readValue();
      if (error) return error;
      state = stack.length === before ? "after" : stack[stack.length - 1] === 123 ? "first-member" : "first-element";
      continue;
    } else if (state === "key" || state === "first-member") {
      if (c !== 34) return fail(i, `expected a property name in double quotes, found ${found()}`);
      const error = readString();
      if (error) return error;
      skipWhitespace();
      if (text.charCodeAt(i) !== 58) return fail(i, `expected ':' after the property name, found ${found()}`);
      i++;
      state = "value";
      continue;
    }
    // state "after": a value (or a whole container) just ended.
    skipWhitespace();
    const open = stack[stack.length - 1];
    if (open === undefined) break;
    const next = text.charCodeAt(i);
    if (next === 44) {
      i++;
      skipWhitespace();
      const close = open === 123 ? 125 : 93;
      if (text.charCodeAt(i) === close) return fail(i, `a trailing comma before '${open === 123 ? "}" : "]"}' is not allowed in JSON`);
      state = open === 123 ? "key" : "value";
    } else if ((open === 123 && next === 125) || (open === 91 && next === 93)) {
      stack.pop();
      i++;
      state = "after";
    } else {
      return fail(
        i,
        open === 123 ? `expected ',' or '}' after a property value, found ${found()}` : `expected ',' or ']' after a list element, found ${found()}`,
      );
    }
  }
  skipWhitespace();
  if (i < n) return fail(i, `unexpected ${found()} after the end of the JSON value`);
  return undefined;
}

function describeChar(text: string, i: number): string {
  const code = text.codePointAt(i)!;
  if (code < 32 || code === 127) return `the control character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return `'${String.fromCodePoint(code)}'`;
}
