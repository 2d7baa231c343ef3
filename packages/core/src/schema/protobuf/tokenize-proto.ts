/** A token of a .proto file with its 1-based position. */
export interface ProtoToken {
  text: string;
  kind: "word" | "string" | "number" | "punct";
  line: number;
  column: number;
}

/** A comment with the lines it spans (`//` runs are one comment per line). */
export interface ProtoComment {
  text: string;
  line: number;
  endLine: number;
  /** True when code precedes the comment on its first line (`int32 a = 1; // …`). */
  trailing: boolean;
}

/**
 * A forgiving tokenizer for .proto text: never throws, an unterminated string
 * or comment simply ends the file. protobufjs has its own tokenizer but
 * forgets positions, which the findings need.
 */
export function tokenizeProto(source: string): { tokens: ProtoToken[]; comments: ProtoComment[] } {
  const tokens: ProtoToken[] = [];
  const comments: ProtoComment[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const n = source.length;
  const advanceLines = (from: number, to: number): void => {
    for (let k = from; k < to; k++) {
      if (source.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
  };
  while (i < n) {
    const ch = source[i]!;
    if (ch === "\n") {
      line++;
      i++;
      lineStart = i;
      continue;
    }
    if (ch === " " || ch === "\t" || ch === "\r" || ch === "\f" || ch === "\v") {
      i++;
      continue;
    }
    const column = i - lineStart + 1;
    if (ch === "/" && source[i + 1] === "/") {
      const end = source.indexOf("\n", i);
      const stop = end === -1 ? n : end;
      comments.push({ text: source.slice(i + 2, stop), line, endLine: line, trailing: tokens[tokens.length - 1]?.line === line });
      i = stop;
      continue;
    }
    if (ch === "/" && source[i + 1] === "*") {
      const end = source.indexOf("*/", i + 2);
      const stop = end === -1 ? n : end + 2;
      const startLine = line;
      const trailing = tokens[tokens.length - 1]?.line === line;
      advanceLines(i, stop);
      comments.push({ text: source.slice(i + 2, end === -1 ? n : end), line: startLine, endLine: line, trailing });
      i = stop;
      continue;
    }
    if (ch === '"' || ch === "'") {
      let k = i + 1;
      while (k < n && source[k] !== ch && source[k] !== "\n") k += source[k] === "\\" ? 2 : 1;
      const stop = Math.min(k + 1, n);
      tokens.push({ text: source.slice(i, stop), kind: "string", line, column });
      i = stop;
      continue;
    }
    if (isWordChar(ch)) {
      let k = i + 1;
      while (k < n && (isWordChar(source[k]!) || source[k] === ".")) k++;
      const text = source.slice(i, k);
      tokens.push({ text, kind: /^[0-9]/.test(text) ? "number" : "word", line, column });
      i = k;
      continue;
    }
    if (ch === "." && i + 1 < n && isWordChar(source[i + 1]!)) {
      // Fully qualified type reference `.pkg.Type`.
      let k = i + 1;
      while (k < n && (isWordChar(source[k]!) || source[k] === ".")) k++;
      tokens.push({ text: source.slice(i, k), kind: "word", line, column });
      i = k;
      continue;
    }
    tokens.push({ text: ch, kind: "punct", line, column });
    i++;
  }
  return { tokens, comments };
}

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 43;
}
