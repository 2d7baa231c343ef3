import {
  Composer,
  LineCounter,
  Parser,
  YAMLParseError,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Alias,
  type Document,
  type Node as YamlNode,
  type CST,
  type Pair,
  type YAMLMap,
} from "yaml";
import type { InputError, PositionedDocument } from "../model/input-document.js";
import type { SourceLocation } from "../model/location.js";
import { tooDeepMessage, yamlTooDeepAt } from "./input-limits.js";
import { findJsonSyntaxError } from "./json-syntax.js";
import { yamlValue } from "./yaml-value.js";

export type { InputError, PositionedDocument } from "../model/input-document.js";

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
    .map((s) => (s.includes("~") ? s.replace(/~1/g, "/").replace(/~0/g, "~") : s));
}

export function joinPointer(segments: (string | number)[]): string {
  return segments.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

export function parsePositionedDocument(file: string, text: string): PositionedDocument {
  const lineCounter = new LineCounter();
  const at = (offset: number): { line: number; column: number } => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const failed = (offset: number, message: string): PositionedDocument => {
    const where = { file, ...at(offset) };
    return { file, value: undefined, errors: [{ ...where, message, limit: true }], locate: () => where, locateKey: () => where };
  };
  // JSON is parsed as YAML for positions, but its syntax errors are told in JSON's terms, once.
  if (/\.json$/i.test(file)) {
    const problem = findJsonSyntaxError(text);
    if (problem) {
      const where = { file, ...positionIn(text, problem.offset) };
      return {
        file,
        value: undefined,
        errors: [{ ...where, message: problem.message, ...(problem.limit ? { limit: problem.limit } : {}) }],
        locate: () => where,
        locateKey: () => where,
      };
    }
  }
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const tooDeep = yamlTooDeepAt(tokens);
  if (tooDeep >= 0) return failed(tooDeep, tooDeepMessage());
  const doc = firstDocument(tokens, text);
  const converted = yamlValue(doc);
  const errors: InputError[] = [...doc.errors.map((e) => ({ offset: e.pos[0], message: e.message.split("\n")[0] ?? e.message })), ...converted.problems]
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset, message, limit }: { offset: number; message: string; limit?: true }) => ({ file, ...at(offset), message, ...(limit ? { limit } : {}) }));
  const value: unknown = converted.value;

  const keyIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  const memberOf = (map: YAMLMap, segment: string): Pair | undefined => {
    let index = keyIndexes.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        if (!isPair(pair)) continue;
        const text = keyText(pair.key, converted.aliasTargets);
        // The last of duplicate keys wins, as in the value.
        if (text !== undefined) index.set(text, pair);
      }
      keyIndexes.set(map, index);
    }
    return index.get(segment);
  };
  const findNode = (pointer: string, wantKey: boolean): YamlNode | undefined => {
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const segment of splitPointer(pointer)) {
      // `other: *base` — the members live under the anchored node, so follow the alias.
      if (isAlias(node)) node = converted.aliasTargets.get(node) ?? node;
      if (isMap(node)) {
        const pair = memberOf(node, segment);
        if (!pair) return (keyNode ?? node) as YamlNode;
        keyNode = pair.key;
        node = pair.value ?? pair.key;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (item === undefined) return node;
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

/**
 * What `parseDocument` does, on tokens already checked: the first document,
 * with an error for any further one. Keys are checked for uniqueness by
 * `yamlValue` (the composer's own check is quadratic in the size of a map);
 * dates stay strings (core schema): the registry compares calendar dates, never instants.
 */
function firstDocument(tokens: readonly CST.Token[], text: string): Document.Parsed {
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, schema: "core", strict: false });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(
        new YAMLParseError(
          next.range.slice(0, 2) as [number, number],
          "MULTIPLE_DOCS",
          "Source contains multiple documents; please use YAML.parseAllDocuments()",
        ),
      );
      break;
    }
  }
  return doc!;
}

function keyText(key: unknown, aliasTargets: Map<Alias, YamlNode>): string | undefined {
  const resolved = isAlias(key) ? aliasTargets.get(key) : key;
  if (resolved === null || resolved === undefined) return "";
  if (isScalar(resolved)) return resolved.value === null ? "" : `${resolved.value as string | number | boolean}`;
  return undefined;
}

/** 1-based line and column of `offset` (for errors found before the YAML parser counted lines). */
export function positionIn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
