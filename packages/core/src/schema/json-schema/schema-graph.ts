import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import traverse from "json-schema-traverse";
import { joinPointer, splitPointer, type PositionedDocument } from "../../input/positioned-document.js";
import { isObject } from "./detect-document-kind.js";

/** A subschema of a scanned document, with what `$ref` resolution needs. */
export interface SchemaNode {
  key: string;
  document: PositionedDocument;
  pointer: string;
  schema: Record<string, unknown>;
  parent: SchemaNode | undefined;
  /** Keyword under which the node sits in its parent (`properties`, `items`, `allOf`, …). */
  keyword: string | undefined;
  /** Property name or array index under that keyword. */
  keyIndex: string | number | undefined;
  /** Base URI (`$id` chain, else the file URL). */
  base: string;
  /** Pointer of the schema resource root the node belongs to (nearest `$id`, or the traversal root). */
  resourcePointer: string;
  children: SchemaNode[];
}

export type RefOutcome = { node: SchemaNode } | { error: string };

/** A document a `$ref` leads to, or why it cannot be used ("it lies outside the scan root", "invalid JSON: …"). */
export type LoadedDocument = PositionedDocument | { unusable: string };

/**
 * All subschemas of the scanned documents, reachable by key (`file#pointer`),
 * `$id` and `$anchor`, with memoised `$ref` resolution across files. Never
 * fetches: a `$ref` to a URL that no scanned document declares is unresolvable.
 */
export class SchemaGraph {
  readonly nodes = new Map<string, SchemaNode>();
  private readonly resources = new Map<string, { document: PositionedDocument; pointer: string }>();
  private readonly refCache = new Map<SchemaNode, RefOutcome>();

  constructor(
    private readonly loadDocument: (file: string) => LoadedDocument,
    /** How messages name a file (relative to the scan root). */
    private readonly displayFile: (file: string) => string = (file) => path.basename(file),
  ) {}

  /** Adds the subschema at `pointer` of `document` and everything under it. */
  addRoot(document: PositionedDocument, pointer: string, parent?: SchemaNode): SchemaNode | undefined {
    const existing = this.nodes.get(nodeKey(document.file, pointer));
    if (existing) return existing;
    const schema = valueAt(document.value, pointer);
    if (!isObject(schema)) return undefined;
    const base = parent?.base ?? pathToFileURL(document.file).href;
    // Fragments resolve against the document root unless an embedded `$id` starts a new resource.
    const resourcePointer = parent?.resourcePointer ?? "";
    const local = new Map<string, SchemaNode>();
    let rootNode: SchemaNode | undefined;
    traverse(schema, {
      cb: (sub: Record<string, unknown>, ptr: string, _root: unknown, parentPtr?: string, keyword?: string, _ps?: unknown, keyIndex?: string | number) => {
        const up = parentPtr === undefined ? parent : local.get(parentPtr);
        const node = this.createNode(document, pointer + ptr, sub, up, keyword, keyIndex, up?.base ?? base, up?.resourcePointer ?? resourcePointer);
        local.set(ptr, node);
        if (parentPtr === undefined) rootNode = node;
        // Keywords json-schema-traverse does not know (2019-09 / 2020-12).
        for (const extra of ["prefixItems", "dependentSchemas"] as const) {
          const value = sub[extra];
          const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : isObject(value) ? Object.entries(value) : [];
          for (const [index, child] of entries) {
            if (isObject(child)) this.addRoot(document, node.pointer + joinPointer([extra, index]), node);
          }
        }
      },
    });
    return rootNode;
  }

  private createNode(
    document: PositionedDocument,
    pointer: string,
    schema: Record<string, unknown>,
    parent: SchemaNode | undefined,
    keyword: string | undefined,
    keyIndex: string | number | undefined,
    inheritedBase: string,
    inheritedResource: string,
  ): SchemaNode {
    let base = inheritedBase;
    let resourcePointer = inheritedResource;
    // `$id` (2019+), or draft-4 `id` when it is a URI rather than a property called id.
    const id = typeof schema.$id === "string" ? schema.$id : typeof schema.id === "string" && keyword !== "properties" ? schema.id : undefined;
    if (id !== undefined) {
      if (id.startsWith("#")) {
        this.resources.set(withoutFragment(base) + id, { document, pointer });
      } else {
        const resolved = safeUrl(id, base);
        if (resolved) {
          base = resolved;
          resourcePointer = pointer;
          this.resources.set(withoutFragment(resolved), { document, pointer });
        }
      }
    }
    if (typeof schema.$anchor === "string") this.resources.set(`${withoutFragment(base)}#${schema.$anchor}`, { document, pointer });
    const node: SchemaNode = {
      key: nodeKey(document.file, pointer),
      document,
      pointer,
      schema,
      parent,
      keyword,
      keyIndex,
      base,
      resourcePointer,
      children: [],
    };
    parent?.children.push(node);
    this.nodes.set(node.key, node);
    return node;
  }

  /** The node a `$ref` points at, following `$id` bases, anchors and relative files. */
  resolveRef(node: SchemaNode): RefOutcome | undefined {
    const ref = node.schema.$ref;
    if (typeof ref !== "string") return undefined;
    const cached = this.refCache.get(node);
    if (cached) return cached;
    const outcome = this.resolve(ref, node);
    this.refCache.set(node, outcome);
    return outcome;
  }

  private resolve(ref: string, from: SchemaNode): RefOutcome {
    if (ref.startsWith("#/") || ref === "#") {
      return this.at(from.document, from.resourcePointer + ref.slice(1), ref);
    }
    const absolute = safeUrl(ref, from.base);
    if (!absolute) return { error: `cannot resolve $ref "${ref}" against base ${from.base}` };
    const [resource, fragment] = splitFragment(absolute);
    const anchored = this.resources.get(absolute);
    if (anchored && !fragment.startsWith("/")) return this.at(anchored.document, anchored.pointer, ref);
    const known = this.resources.get(resource);
    if (known) return this.at(known.document, known.pointer + fragment, ref);
    // A file next to this one: by URL when the base is a file, else relative to the document on disk.
    const file = resource.startsWith("file:") ? localFileOfUrl(resource) : relativeFile(ref, from.document.file);
    if (file === null) return { error: `cannot resolve $ref "${ref}": ${resource} names a file on another host (vdx reads local files only)` };
    if (!file) return { error: `cannot resolve $ref "${ref}": no scanned schema declares ${resource} (vdx never fetches remote schemas)` };
    const document = this.loadDocument(file);
    if ("unusable" in document) return { error: `cannot resolve $ref "${ref}": ${this.displayFile(file)}: ${document.unusable}` };
    const rootNode = this.addRoot(document, "");
    if (!rootNode) return { error: `cannot resolve $ref "${ref}": ${this.displayFile(file)} holds no schema` };
    const target = this.resources.get(resource) ?? { document, pointer: "" };
    return this.at(target.document, target.pointer + fragment, ref);
  }

  private at(document: PositionedDocument, pointer: string, ref: string): RefOutcome {
    const node = this.nodes.get(nodeKey(document.file, pointer)) ?? this.addRoot(document, pointer);
    return node ? { node } : { error: `cannot resolve $ref "${ref}": nothing at ${pointer || "/"} in ${this.displayFile(document.file)}` };
  }
}

function nodeKey(file: string, pointer: string): string {
  return `${file}#${pointer}`;
}

function valueAt(value: unknown, pointer: string): unknown {
  let current = value;
  for (const segment of splitPointer(pointer)) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isObject(current)) current = current[segment];
    else return undefined;
  }
  return current;
}

/** The local path of a `file:` URL, or null for one on another host (`file://server/x.json`), which Node refuses. */
function localFileOfUrl(url: string): string | null {
  try {
    return fileURLToPath(url);
  } catch {
    return null;
  }
}

function safeUrl(ref: string, base: string): string | undefined {
  try {
    return new URL(ref, base).href;
  } catch {
    return undefined;
  }
}

function withoutFragment(uri: string): string {
  return splitFragment(uri)[0];
}

function splitFragment(uri: string): [string, string] {
  const hash = uri.indexOf("#");
  return hash === -1 ? [uri, ""] : [uri.slice(0, hash), decodeURIComponent(uri.slice(hash + 1))];
}

/** `../common/location.json#/$defs/X` under an http `$id` base: try the path relative to the file on disk. */
function relativeFile(ref: string, documentFile: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return undefined;
  const filePart = ref.split("#")[0];
  if (!filePart) return undefined;
  try {
    return path.resolve(path.dirname(documentFile), decodeURIComponent(filePart));
  } catch {
    return undefined; // a malformed escape (`%E0%A4%A`) names no file
  }
}
