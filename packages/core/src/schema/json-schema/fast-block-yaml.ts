import { MAX_NESTING_DEPTH } from "../../input/input-limits.js";
import {
  escapePointerSegment,
  expectLineEnd,
  keyString,
  readDoubleQuoted,
  readFlow,
  readSingleQuoted,
  resolvePlain,
  unsupported,
  Unsupported,
} from "./yaml-scalars.js";
import type { Span } from "./positioned-spans.js";

/** A content line (blank and comment-only lines are left out). */
interface Line {
  lineStart: number;
  /** Offset of the first content character (moved right for `- key: v`, where the map starts after the dash). */
  start: number;
  /** Offset of the line end (before `\r\n` / `\n`). */
  end: number;
  /** Column of `start`, 0-based. */
  indent: number;
}

/**
 * Reads the YAML that schema files are written in — block mappings and
 * sequences, one-line flow collections, plain and quoted one-line scalars,
 * literal and folded block scalars — in one pass over the lines, recording
 * where every value sits (JSON Pointer → offsets) as it goes. Several times
 * faster than the general parser, which builds a full document model.
 *
 * Returns undefined for anything else (anchors, aliases, tags, multi-line
 * flow or plain scalars, directives, several documents, duplicate keys,
 * errors): the caller then uses the full parser, which also reports errors
 * with positions. The value must equal the full parser's `toJS()`; the tests
 * check that on every YAML file of the repository and on edge cases.
 */
export function readFastBlockYaml(text: string, options: FastYamlOptions = {}): { value: unknown; spans: Map<string, Span> } | undefined {
  try {
    return new FastBlockYaml(text, options.aliases === true).read();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

export interface FastYamlOptions {
  /**
   * Read `&anchor` before a block value and `*alias` as a whole value (the alias is the anchored value itself,
   * as the general parser's `toJS()` gives it). The spans then cover only what is written, not the values an
   * alias repeats: for readers that take positions from elsewhere (pack files).
   */
  aliases?: boolean;
}

class FastBlockYaml {
  private readonly lines: Line[] = [];
  private k = 0;
  readonly spans = new Map<string, Span>();
  private readonly anchors = new Map<string, unknown>();

  constructor(
    private readonly text: string,
    private readonly aliases: boolean,
  ) {}

  read(): { value: unknown; spans: Map<string, Span> } {
    this.splitLines();
    if (this.lines.length === 0) unsupported("empty document");
    const first = this.lines[0]!;
    if (this.readKey(first) === undefined) unsupported("root is not a block mapping");
    const value = this.parseNode(-1, "", -1);
    if (this.k !== this.lines.length) unsupported("unparsed lines");
    return { value, spans: this.spans };
  }

  private splitLines(): void {
    const text = this.text;
    if (text.charCodeAt(0) === 0xfeff) unsupported("byte order mark");
    let lineStart = 0;
    let sawContent = false;
    while (lineStart <= text.length) {
      let end = text.indexOf("\n", lineStart);
      if (end === -1) end = text.length;
      const next = end + 1;
      if (end > lineStart && text.charCodeAt(end - 1) === 13) end--;
      let start = lineStart;
      while (start < end && text.charCodeAt(start) === 32) start++;
      const c = text[start];
      if (start < end && c !== "#") {
        if (c === "\t") unsupported("tab in indentation");
        if (start === lineStart && (c === "%" || (c === "." && text.startsWith("...", start)))) unsupported("directive or document end");
        if (start === lineStart && text.startsWith("---", start) && (end === start + 3 || text[start + 3] === " ")) {
          if (sawContent) unsupported("several documents");
          expectLineEnd(text, start + 3, end);
        } else {
          this.lines.push({ lineStart, start, end, indent: start - lineStart });
        }
        sawContent = true;
      }
      lineStart = next;
    }
  }

  /** The block node starting at the current line (map, sequence or a lone scalar). */
  private parseNode(ownerIndent: number, pointer: string, keyStart: number): unknown {
    const line = this.lines[this.k]!;
    if (this.isSeqItem(line)) return this.parseSeq(line.indent, pointer, keyStart);
    if (this.readKey(line) !== undefined) return this.parseMap(line.indent, pointer, keyStart);
    return this.parseInline(line, line.start, ownerIndent, pointer, keyStart);
  }

  /** Block collections open around the current line; nesting beyond the limit is the full parser's to report. */
  private depth = 0;

  private parseMap(indent: number, pointer: string, keyStart: number): Record<string, unknown> {
    if (++this.depth > MAX_NESTING_DEPTH) unsupported("nested too deeply");
    const map: Record<string, unknown> = {};
    const start = this.lines[this.k]!.start;
    let end = start;
    while (this.k < this.lines.length) {
      const line = this.lines[this.k]!;
      if (line.indent < indent) break;
      if (line.indent > indent) unsupported("unexpected indentation");
      const entry = this.readKey(line);
      if (!entry) unsupported("not a mapping entry");
      const name = keyString(entry.key);
      if (name === "__proto__" || Object.hasOwn(map, name)) unsupported("duplicate or special key");
      map[name] = this.parseValue(line, entry.valueFrom, indent, true, `${pointer}/${escapePointerSegment(name)}`, entry.keyStart);
      end = this.lastEnd;
    }
    this.spans.set(pointer, { keyStart: keyStart >= 0 ? keyStart : start, valueStart: start, valueEnd: end });
    this.depth--;
    return map;
  }

  private parseSeq(indent: number, pointer: string, keyStart: number): unknown[] {
    if (++this.depth > MAX_NESTING_DEPTH) unsupported("nested too deeply");
    const list: unknown[] = [];
    const start = this.lines[this.k]!.start;
    let end = start;
    while (this.k < this.lines.length) {
      const line = this.lines[this.k]!;
      if (line.indent < indent || (line.indent === indent && !this.isSeqItem(line))) break;
      if (line.indent > indent) unsupported("unexpected indentation");
      const child = `${pointer}/${list.length}`;
      let j = line.start + 1;
      while (j < line.end && this.text.charCodeAt(j) === 32) j++;
      const rest: Line = { lineStart: line.lineStart, start: j, end: line.end, indent: j - line.lineStart };
      if (j < line.end && (this.isSeqItem(rest) || this.readKey(rest) !== undefined)) {
        // `- key: v` / `- - x`: the nested collection starts after the dash, at that column.
        this.lines[this.k] = rest;
        list.push(this.parseNode(indent, child, -1));
      } else {
        list.push(this.parseValue(line, j, indent, false, child, -1));
      }
      end = this.lastEnd;
    }
    this.spans.set(pointer, { keyStart: keyStart >= 0 ? keyStart : start, valueStart: start, valueEnd: end });
    this.depth--;
    return list;
  }

  /** End offset of the last value read (for the span of the collection holding it). */
  private lastEnd = 0;

  /** The value after `key:` or `- ` on `line`, from offset `from`. */
  private parseValue(line: Line, from: number, ownerIndent: number, inMap: boolean, pointer: string, keyStart: number): unknown {
    const text = this.text;
    let i = from;
    while (i < line.end && text.charCodeAt(i) === 32) i++;
    if (i >= line.end || (text.charCodeAt(i) === 35 && i > from)) {
      this.k++;
      const next = this.lines[this.k];
      // The value is the block below: more indented, or a sequence at the key's own indentation.
      if (next && (next.indent > ownerIndent || (inMap && next.indent === ownerIndent && this.isSeqItem(next)))) {
        return this.parseNode(ownerIndent, pointer, keyStart);
      }
      this.spans.set(pointer, { keyStart: keyStart >= 0 ? keyStart : i, valueStart: i, valueEnd: i });
      this.lastEnd = i;
      return null;
    }
    if (this.aliases && text[i] === "&") return this.parseAnchored(line, i, ownerIndent, inMap, pointer, keyStart);
    if (this.aliases && text[i] === "*") return this.parseAlias(line, i, ownerIndent, pointer, keyStart);
    return this.parseInline(line, i, ownerIndent, pointer, keyStart);
  }

  /** `&name value` or `&name` before a block: the value, remembered under its name. */
  private parseAnchored(line: Line, at: number, ownerIndent: number, inMap: boolean, pointer: string, keyStart: number): unknown {
    const end = anchorNameEnd(this.text, at + 1, line.end);
    const name = this.text.slice(at + 1, end);
    if (name === "" || (end < line.end && this.text.charCodeAt(end) !== 32)) unsupported("anchor");
    const value = this.parseValue(line, end, ownerIndent, inMap, pointer, keyStart);
    this.anchors.set(name, value);
    return value;
  }

  /** `*name`: the anchored value itself (the general parser's `toJS()` shares it too). */
  private parseAlias(line: Line, at: number, ownerIndent: number, pointer: string, keyStart: number): unknown {
    const end = anchorNameEnd(this.text, at + 1, line.end);
    const name = this.text.slice(at + 1, end);
    if (!this.anchors.has(name)) unsupported("alias of an unknown anchor");
    expectLineEnd(this.text, end, line.end);
    this.k++;
    const next = this.lines[this.k];
    if (next && next.indent > ownerIndent) unsupported("content after an alias");
    this.spans.set(pointer, { keyStart: keyStart >= 0 ? keyStart : at, valueStart: at, valueEnd: end });
    this.lastEnd = end;
    return this.anchors.get(name);
  }

  /** A value that starts on this line: block scalar, flow collection, quoted or plain scalar. */
  private parseInline(line: Line, i: number, ownerIndent: number, pointer: string, keyStart: number): unknown {
    const text = this.text;
    const c = text[i]!;
    if (c === "|" || c === ">") return this.parseBlockScalar(line, i, ownerIndent, pointer, keyStart);
    let value: unknown;
    let end: number;
    let lineEnd = line.end;
    if (c === "{" || c === "[") {
      // A collection may go on over the next lines while they are indented past this line's content.
      const nextLine = (): Line | undefined => {
        const next = this.lines[this.k + 1];
        if (!next || next.indent <= line.indent) return undefined;
        this.k++;
        return next;
      };
      ({ value, end, lineEnd } = readFlow(text, i, line.end, pointer, (p, span) => this.spans.set(p, span), this.depth, nextLine));
    } else if (c === '"') {
      ({ value, end } = readDoubleQuoted(text, i, line.end));
    } else if (c === "'") {
      ({ value, end } = readSingleQuoted(text, i, line.end));
    } else {
      if ("&*!%@`?,]}#".includes(c) || ((c === "-" || c === ":") && (i + 1 >= line.end || text[i + 1] === " "))) unsupported("indicator");
      end = plainEnd(text, i, line.end);
      const plain = text.slice(i, end);
      if (plain.includes(": ") || plain.endsWith(":")) unsupported("nested mapping in a compact value");
      value = resolvePlain(plain);
    }
    expectLineEnd(text, end, lineEnd);
    this.k++;
    // A more indented line after a one-line value continues it (multi-line plain scalar) or is an error.
    const next = this.lines[this.k];
    if (next && next.indent > ownerIndent) unsupported("multi-line scalar");
    this.spans.set(pointer, { keyStart: keyStart >= 0 ? keyStart : i, valueStart: i, valueEnd: end });
    this.lastEnd = end;
    return value;
  }

  private parseBlockScalar(line: Line, header: number, ownerIndent: number, pointer: string, keyStart: number): string {
    const text = this.text;
    let i = header + 1;
    let chomp: "clip" | "strip" | "keep" = "clip";
    if (text[i] === "-" || text[i] === "+") chomp = text[i++] === "-" ? "strip" : "keep";
    expectLineEnd(text, i, line.end);
    const body: string[] = [];
    let blankRun = 0;
    let blockIndent = -1;
    let lastContentEnd = line.end;
    let offset = text.indexOf("\n", line.end);
    if (offset === -1) unsupported("block scalar at end of file");
    offset++;
    while (offset < text.length) {
      let lineEnd = text.indexOf("\n", offset);
      const atEof = lineEnd === -1;
      if (atEof) lineEnd = text.length;
      const next = lineEnd + 1;
      if (lineEnd > offset && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
      let s = offset;
      while (s < lineEnd && text.charCodeAt(s) === 32) s++;
      const spaces = s - offset;
      if (s === lineEnd) {
        // Blank lines keep spaces beyond the indentation in a literal scalar; rare enough to leave to the full parser.
        if (blockIndent >= 0 && spaces > blockIndent) unsupported("blank line with extra spaces in a block scalar");
        blankRun++;
        offset = next;
        continue;
      }
      if (text.charCodeAt(s) === 9) unsupported("tab in block scalar indentation");
      if (spaces <= ownerIndent) break;
      if (atEof) unsupported("block scalar without a final line break");
      if (blockIndent < 0) blockIndent = spaces;
      else if (spaces < blockIndent) unsupported("block scalar indentation");
      if (text[header] === ">" && spaces > blockIndent) unsupported("more-indented line in a folded scalar");
      if (blankRun > 0) body.push(...Array<string>(blankRun).fill(""));
      blankRun = 0;
      body.push(text.slice(offset + blockIndent, lineEnd));
      lastContentEnd = lineEnd;
      offset = next;
    }
    if (body.length === 0 || body[0] === "") unsupported("empty or blank-led block scalar");
    let value = text[header] === "|" ? body.join("\n") : foldLines(body);
    if (chomp === "clip") value += "\n";
    else if (chomp === "keep") value += "\n".repeat(1 + blankRun);
    while (this.k < this.lines.length && this.lines[this.k]!.lineStart < offset) this.k++;
    this.spans.set(pointer, { keyStart: keyStart >= 0 ? keyStart : header, valueStart: header, valueEnd: lastContentEnd });
    this.lastEnd = lastContentEnd;
    return value;
  }

  private isSeqItem(line: Line): boolean {
    return this.text.charCodeAt(line.start) === 45 && (line.start + 1 >= line.end || this.text.charCodeAt(line.start + 1) === 32);
  }

  /** `key:` / `"key":` at the start of the line: the key's value and where its value starts. */
  private readKey(line: Line): { key: unknown; keyStart: number; valueFrom: number } | undefined {
    const text = this.text;
    const start = line.start;
    const c = text[start]!;
    let key: unknown;
    let after: number;
    if (c === '"' || c === "'") {
      const quoted = c === '"' ? readDoubleQuoted(text, start, line.end) : readSingleQuoted(text, start, line.end);
      key = quoted.value;
      after = quoted.end;
      while (after < line.end && text.charCodeAt(after) === 32) after++;
      if (text[after] !== ":") return undefined;
    } else {
      if ("-?:,[]{}#&*!|>%@`".includes(c)) return undefined;
      const colon = keyColon(text, start, line.end);
      if (colon === -1) return undefined;
      let keyEnd = colon;
      while (keyEnd > start && text.charCodeAt(keyEnd - 1) === 32) keyEnd--;
      key = resolvePlain(text.slice(start, keyEnd));
      after = colon;
    }
    if (after + 1 < line.end && text.charCodeAt(after + 1) !== 32) return undefined;
    return { key, keyStart: start, valueFrom: after + 1 };
  }
}

/** End of an anchor or alias name: YAML ends it at a space or a flow indicator. */
function anchorNameEnd(text: string, from: number, lineEnd: number): number {
  let i = from;
  while (i < lineEnd && !" ,[]{}".includes(text[i]!)) i++;
  return i;
}

/** The `:` that ends a plain key (followed by a space or the line end), or -1; a ` #` comment ends the search. */
function keyColon(text: string, from: number, lineEnd: number): number {
  for (let i = from; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 && (i + 1 === lineEnd || text.charCodeAt(i + 1) === 32)) return i;
    if (c === 35 && i > from && text.charCodeAt(i - 1) === 32) return -1;
  }
  return -1;
}

/** End of a plain scalar: the line end or a ` #` comment, trailing spaces excluded. */
function plainEnd(text: string, from: number, lineEnd: number): number {
  let end = lineEnd;
  for (let i = from + 1; i < lineEnd; i++) {
    if (text.charCodeAt(i) === 35 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) {
      end = i;
      break;
    }
  }
  while (end > from && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return end;
}

/** Folding of `>`: lines joined by a space, each run of n empty lines becomes n line breaks. */
function foldLines(lines: string[]): string {
  let out = lines[0]!;
  let empties = 0;
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (line === "") {
      empties++;
      continue;
    }
    out += empties > 0 ? "\n".repeat(empties) + line : " " + line;
    empties = 0;
  }
  return out;
}
