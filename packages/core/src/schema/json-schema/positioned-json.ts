import { jsonTooDeepAt, tooDeepMessage } from "../../input/input-limits.js";
import { parsePositionedDocument, positionIn, type PositionedDocument } from "../../input/positioned-document.js";
import { documentFromSpans, type Span } from "./positioned-spans.js";

/**
 * A `PositionedDocument` for JSON that is several times faster than the
 * general YAML-based parse on large catalogs: the value comes from
 * `JSON.parse`, and positions from one lazy pass over the text the first time
 * a pointer is located. Invalid JSON falls back to `parsePositionedDocument`,
 * which reports the error with its position; JSON nested deeper than vdx
 * reads is one error where it crosses the limit.
 */
export function parsePositionedJson(file: string, text: string): PositionedDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return parsePositionedDocument(file, text);
  }
  // JSON.parse reads any depth; what reads the value afterwards (and `scanSpans`) must not have to.
  const tooDeep = jsonTooDeepAt(text);
  if (tooDeep >= 0) return failedDocument(file, text, tooDeep, tooDeepMessage());
  return documentFromSpans(file, text, value, () => scanSpans(text));
}

function failedDocument(file: string, text: string, offset: number, message: string): PositionedDocument {
  const where = { file, ...positionIn(text, offset) };
  return { file, value: undefined, errors: [{ ...where, message, limit: true }], locate: () => where, locateKey: () => where };
}

/** One pass over valid JSON recording where every value (and its key) starts and ends, by JSON Pointer. */
function scanSpans(text: string): Map<string, Span> {
  const spans = new Map<string, Span>();
  let i = 0;
  const skipWhitespace = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
      i++;
    }
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
    i++;
    const raw = text.slice(start + 1, i - 1);
    return raw.includes("\\") ? (JSON.parse(text.slice(start, i)) as string) : raw;
  };
  const readValue = (pointer: string, keyStart: number): void => {
    skipWhitespace();
    const valueStart = i;
    const c = text.charCodeAt(i);
    if (c === 123) {
      i++;
      skipWhitespace();
      while (text.charCodeAt(i) !== 125 && i < text.length) {
        skipWhitespace();
        const memberKeyStart = i;
        const key = readString();
        skipWhitespace();
        i++; // ':'
        const escaped = key.includes("~") || key.includes("/") ? key.replace(/~/g, "~0").replace(/\//g, "~1") : key;
        readValue(`${pointer}/${escaped}`, memberKeyStart);
        skipWhitespace();
        if (text.charCodeAt(i) === 44) i++;
        skipWhitespace();
      }
      i++;
    } else if (c === 91) {
      i++;
      skipWhitespace();
      let index = 0;
      while (text.charCodeAt(i) !== 93 && i < text.length) {
        readValue(`${pointer}/${index++}`, -1);
        skipWhitespace();
        if (text.charCodeAt(i) === 44) i++;
        skipWhitespace();
      }
      i++;
    } else if (c === 34) {
      readString();
    } else {
      while (i < text.length && !",}] \t\r\n".includes(text[i]!)) i++;
    }
    spans.set(pointer, { keyStart: keyStart >= 0 ? keyStart : valueStart, valueStart, valueEnd: i });
  };
  readValue("", -1);
  return spans;
}
