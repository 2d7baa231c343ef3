import { describe, expect, it } from "vitest";
import { MAX_NESTING_DEPTH, jsonTooDeepAt } from "./input-limits.js";
import { findJsonSyntaxError } from "./json-syntax.js";

function accepts(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe("findJsonSyntaxError", () => {
  it("accepts what JSON.parse accepts", () => {
    for (const text of ['{"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]}', "[]", "{}", " 0 ", '"s"', '{"a":{"b":{}}}', "[[],[[]]]"]) {
      expect(findJsonSyntaxError(text), text).toBeUndefined();
    }
  });

  it("says what was expected and where", () => {
    const cases: [string, number, RegExp][] = [
      ["", 0, /end of the file: a value is missing/],
      ['{"a" 1}', 5, /expected ':' after the property name, found '1'/],
      ["{'a': 1}", 1, /expected a property name in double quotes, found '''/],
      ['{"a": 1,}', 8, /trailing comma before '}'/],
      ["[1 2]", 3, /expected ',' or ']' after a list element, found '2'/],
      ['{"a": 1} x', 9, /unexpected 'x' after the end of the JSON value/],
      ['{"a": "b\nc"}', 8, /raw control character \(found the control character U\+000A\)/],
      ['["\\x"]', 2, /invalid escape/],
      ["[01]", 1, /invalid number/],
      ["[1.]", 1, /invalid number/],
      ["[NaN]", 1, /expected a value/],
      ['["open', 1, /unterminated string/],
    ];
    for (const [text, offset, message] of cases) {
      const error = findJsonSyntaxError(text);
      expect(error, text).toBeDefined();
      expect(error!.offset, text).toBe(offset);
      expect(error!.message, text).toMatch(message);
    }
  });

  it("agrees with JSON.parse on random mutations of a document", () => {
    const base = '{"type": "object", "properties": {"vin": {"type": "string"}, "pos": [1.5, -2e3, true, null, "a\\"b"]}}';
    const alphabet = ["{", "}", "[", "]", '"', ":", ",", " ", "1", "-", ".", "e", "n", "t", "\\", "x"];
    let state = 7;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 3000; round++) {
      const chars = Array.from(base);
      for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
        const at = Math.floor(next() * chars.length);
        const choice = next();
        if (choice < 0.4) chars.splice(at, 1);
        else if (choice < 0.7) chars.splice(at, 0, alphabet[Math.floor(next() * alphabet.length)]!);
        else chars[at] = alphabet[Math.floor(next() * alphabet.length)]!;
      }
      const text = chars.join("");
      expect(findJsonSyntaxError(text) === undefined, text).toBe(accepts(text));
    }
  });

  it("stops at the nesting limit, at any depth, without recursion", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(findJsonSyntaxError(deep)).toEqual({ offset: MAX_NESTING_DEPTH, message: expect.stringMatching(/nested more than/), limit: true });
    expect(jsonTooDeepAt(deep)).toBe(MAX_NESTING_DEPTH);
    expect(jsonTooDeepAt('{"a": "[[[[", "b": [[1]]}')).toBe(-1);
    expect(findJsonSyntaxError("[".repeat(MAX_NESTING_DEPTH) + "]".repeat(MAX_NESTING_DEPTH))).toBeUndefined();
  });
});
