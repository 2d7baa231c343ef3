import { joinPointer, splitPointer, type PositionedDocument } from "../../input/positioned-document.js";
import type { SourceLocation } from "../../model/location.js";

/** Where a value (and the key holding it) sits in the text, as offsets. */
export interface Span {
  keyStart: number;
  valueStart: number;
  valueEnd: number;
}

/**
 * A `PositionedDocument` over spans recorded by a fast reader (JSON Pointer →
 * offsets). Line and column are only computed for the pointers that are
 * located — the fields and findings — never for every node. `spans` is called
 * on the first lookup, so a reader may also defer recording them.
 */
export function documentFromSpans(file: string, text: string, value: unknown, spans: () => Map<string, Span>): PositionedDocument {
  let known: Map<string, Span> | undefined;
  let lineStarts: number[] | undefined;
  const position = (offset: number): { line: number; column: number } => {
    lineStarts ??= computeLineStarts(text);
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
  const find = (pointer: string): Span | undefined => {
    known ??= spans();
    const exact = known.get(pointer);
    if (exact) return exact;
    // Nearest existing ancestor, as the general parser does.
    let segments = splitPointer(pointer);
    for (;;) {
      const span = known.get(joinPointer(segments));
      if (span || segments.length === 0) return span;
      segments = segments.slice(0, -1);
    }
  };
  const toLocation = (start: number, end: number): SourceLocation => {
    const from = position(start);
    const to = position(end);
    return { file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  };
  return {
    file,
    value,
    errors: [],
    locate: (pointer) => {
      const span = find(pointer);
      return span ? toLocation(span.valueStart, span.valueEnd) : { file, line: 1, column: 1 };
    },
    locateKey: (pointer) => {
      const span = find(pointer);
      return span ? toLocation(span.keyStart, span.valueEnd) : { file, line: 1, column: 1 };
    },
  };
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
