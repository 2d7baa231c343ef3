import { LineCounter, parseDocument, isAlias, isMap, isSeq, isScalar, isPair, type Node as YamlNode } from "yaml";
import type { SourceLocation } from "../model/location.js";

/**
 * A parsed YAML or JSON document that still knows where every value came from,
 * so that a JSON Pointer (from schema validation, `$ref` resolution or a
 * semantic check) can be reported as file:line:column.
 *
 * JSON is parsed with the same YAML 1.2 parser (JSON is a subset), which gives
 * one position model for both formats.
 */
export interface PositionedDocument {
  file: string;
  value: unknown;
  /** Parse errors (with positions); when non-empty `value` may be partial. */
  errors: InputError[];
  /** Position of the value at `pointer` (RFC 6901), or of its nearest existing ancestor. */
  locate(pointer: string): SourceLocation;
  /** Position of the *key* of the member at `pointer` (falls back to the value). */
  locateKey(pointer: string): SourceLocation;
}

/** A problem in an input file, always with a position. */
export interface InputError {
  file: string;
  line: number;
  column: number;
  /** JSON Pointer of the offending key, when known (`/assessments/0/validUntil`). */
  pointer?: string;
  message: string;
}

export function formatInputError(error: InputError): string {
  const key = error.pointer ? ` (at ${pointerToKeyPath(error.pointer)})` : "";
  return `${error.file}:${error.line}:${error.column}: ${error.message}${key}`;
}

/** `/assessments/0/validUntil` -> `assessments[0].validUntil` (what a user reads). */
export function pointerToKeyPath(pointer: string): string {
  if (pointer === "" || pointer === "/") return "(document root)";
  return splitPointer(pointer)
    .map((segment, index) => (/^\d+$/.test(segment) ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join("");
}

export function splitPointer(pointer: string): string[] {
  if (pointer === "" || pointer === "#") return [];
  return pointer
    .replace(/^#/, "")
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export function joinPointer(segments: (string | number)[]): string {
  return segments.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

export function parsePositionedDocument(file: string, text: string): PositionedDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    // Dates stay strings: the registry compares calendar dates, never instants.
    schema: "core",
    strict: false,
  });
  const at = (offset: number): { line: number; column: number } => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const errors: InputError[] = doc.errors.map((e) => {
    const { line, column } = at(e.pos[0]);
    return { file, line, column, message: e.message.split("\n")[0] ?? e.message };
  });
  const value: unknown = errors.length === 0 ? doc.toJS({ maxAliasCount: 1000 }) : safeToJs(doc);

  const findNode = (pointer: string, wantKey: boolean): YamlNode | undefined => {
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const segment of splitPointer(pointer)) {
      // `other: *base` — the members live under the anchored node, so follow the alias.
      if (isAlias(node)) node = node.resolve(doc) ?? node;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && keyText(p.key) === segment);
        if (!pair) return (keyNode ?? node) as YamlNode;
        keyNode = pair.key;
        node = pair.value ?? pair.key;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (item === undefined) return node as YamlNode;
        keyNode = item;
        node = item;
      } else {
        return node as YamlNode;
      }
    }
    return (wantKey && keyNode ? keyNode : node) as YamlNode | undefined;
  };
  const toLocation = (node: YamlNode | undefined): SourceLocation => {
    const range = node?.range;
    if (!range) return { file, line: 1, column: 1 };
    const start = at(range[0]);
    const end = at(range[1]);
    return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  };
  return {
    file,
    value,
    errors,
    locate: (pointer) => toLocation(findNode(pointer, false)),
    locateKey: (pointer) => toLocation(findNode(pointer, true)),
  };
}

function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}

function safeToJs(doc: ReturnType<typeof parseDocument>): unknown {
  try {
    return doc.toJS({ maxAliasCount: 1000 });
  } catch {
    return undefined;
  }
}
