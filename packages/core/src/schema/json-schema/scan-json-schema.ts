import path from "node:path";
import { readXVdxKeyword } from "../annotations/x-vdx-keyword.js";
import { splitPointer, type PositionedDocument } from "../../input/positioned-document.js";
import type { ClassifiedField } from "../../model/schema-field.js";
import { checkMarking, classifyField, NO_MARKING, mergeMarkings, type ClassifyEnvironment, type Marking } from "../classify-field.js";
import { invalidInputFinding, relativeFile } from "../findings.js";
import { isObject } from "./detect-document-kind.js";
import { openApiSchemaRoots } from "./openapi-schema-roots.js";
import { SchemaGraph, type LoadedDocument, type SchemaNode } from "./schema-graph.js";
import { positionShapedProperties } from "./position-shaped-properties.js";
import { propagateMarkings, referencedMarking } from "./schema-markings.js";

export interface JsonSchemaDocument {
  document: PositionedDocument;
  kind: "json-schema" | "openapi";
}

/**
 * Classifies every property of the given JSON Schema and OpenAPI documents.
 * `loadDocument` reads a file a `$ref` points to that was not among the
 * scanned ones (its fields are used for `x-vdx` but not reported), or says
 * why it cannot (outside the scan root, not a regular file, invalid).
 */
export function scanJsonSchemaDocuments(
  documents: readonly JsonSchemaDocument[],
  loadDocument: (file: string) => LoadedDocument,
  env: ClassifyEnvironment,
): ClassifiedField[] {
  const graph = new SchemaGraph(loadDocument, (file) => relativeFile(env.root, file));
  const requested = new Set(documents.map((d) => d.document.file));
  const parameters: { document: PositionedDocument; pointer: string; name: string; schema: SchemaNode | undefined }[] = [];
  for (const { document, kind } of documents) {
    if (kind === "json-schema") {
      graph.addRoot(document, "");
      continue;
    }
    for (const root of openApiSchemaRoots(document.value as Record<string, unknown>)) {
      const schema = graph.addRoot(document, root.pointer);
      if (root.parameter) parameters.push({ document, ...root.parameter, schema });
    }
  }

  // Resolve every $ref once (this may load more files); report the broken ones of scanned files.
  for (const node of graph.nodes.values()) {
    const outcome = graph.resolveRef(node);
    if (outcome && "error" in outcome && requested.has(node.document.file)) {
      const pointer = node.pointer + "/$ref";
      env.findings.push(invalidInputFinding(env.root, node.document.locate(pointer), outcome.error, `${node.pointer}/$ref`));
    }
  }

  const own = new Map<SchemaNode, Marking>();
  for (const node of graph.nodes.values()) {
    const written = readXVdxKeyword(node.schema["x-vdx"]);
    if (!written) continue;
    const reporting = requested.has(node.document.file);
    const where = { location: node.document.locate(node.pointer + "/x-vdx"), path: fieldPath(env.root, node.document.file, node.pointer) };
    own.set(node, checkMarking(written, where, reporting ? env : { ...env, findings: [] }));
  }
  const inherited = propagateMarkings(graph, own);

  const fields: ClassifiedField[] = [];
  const properties: SchemaNode[] = [];
  const classifiedProperties = new Map<SchemaNode, ClassifiedField>();
  for (const node of graph.nodes.values()) {
    if (!requested.has(node.document.file)) continue;
    if (node.keyword !== "properties" && node.keyword !== "patternProperties") continue;
    properties.push(node);
    const fromRef = own.size > 0 ? referencedMarking(graph, node, own) : undefined;
    const inheritedHere = inherited.get(node);
    const marking = fromRef && inheritedHere ? mergeMarkings(fromRef, inheritedHere) : (fromRef ?? inheritedHere ?? NO_MARKING);
    const siblings = siblingNames(node);
    const typeName = referencedTypeName(node);
    const scalarType = declaredScalarType(node);
    const classified = classifyField(
      {
        path: fieldPath(env.root, node.document.file, node.pointer),
        source: "json-schema",
        location: node.document.locateKey(node.pointer),
        identifier: String(node.keyIndex),
        context: { siblings, parents: parentNames(node), ...(typeName ? { typeName } : {}), ...(scalarType ? { scalarType } : {}) },
        ...(typeName ? { typeName } : {}),
        container: containerName(node.parent),
        markings: { own: own.get(node) ?? NO_MARKING, inherited: marking },
      },
      env,
    );
    if (classified) {
      fields.push(classified);
      classifiedProperties.set(node, classified);
    }
  }
  const propertyField = (node: SchemaNode) => ({
    path: fieldPath(env.root, node.document.file, node.pointer),
    source: "json-schema" as const,
    location: node.document.locateKey(node.pointer),
    container: containerName(node.parent),
  });
  fields.push(...positionShapedProperties(graph, properties, classifiedProperties, propertyField, env));

  for (const parameter of parameters) {
    const onParameter = readXVdxKeyword(valueAt(parameter.document.value, parameter.pointer)?.["x-vdx"]);
    const fieldAt = fieldPath(env.root, parameter.document.file, parameter.pointer);
    const location = parameter.document.locate(parameter.pointer + "/name");
    const ownMarking = onParameter ? checkMarking(onParameter, { location, path: fieldAt }, env) : parameter.schema ? own.get(parameter.schema) : undefined;
    const fromRef = parameter.schema ? referencedMarking(graph, parameter.schema, own) : undefined;
    const scalarType = parameter.schema ? declaredScalarType(parameter.schema) : undefined;
    const classified = classifyField(
      {
        path: fieldAt,
        source: "json-schema",
        location,
        identifier: parameter.name,
        context: { parents: operationNames(parameter.pointer), ...(scalarType ? { scalarType } : {}) },
        container: "parameters",
        markings: { own: ownMarking ?? NO_MARKING, inherited: fromRef ?? NO_MARKING },
      },
      env,
    );
    if (classified) fields.push(classified);
  }
  return fields;
}

const relativeFiles = new Map<string, string>();
function fieldPath(root: string, file: string, pointer: string): string {
  // Called for every property of large catalogs: path.relative once per file.
  const key = `${root}\u0000${file}`;
  let relative = relativeFiles.get(key);
  if (relative === undefined) {
    if (relativeFiles.size > 10_000) relativeFiles.clear();
    relative = relativeFile(root, file);
    relativeFiles.set(key, relative);
  }
  return `${relative}#${pointer}`;
}

const siblingCache = new WeakMap<object, string[]>();
/** Names of the properties beside this one (computed once per object, not once per property). */
function siblingNames(node: SchemaNode): string[] {
  const holder = node.parent && node.keyword ? node.parent.schema[node.keyword] : undefined;
  if (!isObject(holder)) return [];
  let names = siblingCache.get(holder);
  if (!names) {
    names = Object.keys(holder);
    siblingCache.set(holder, names);
  }
  return names;
}

/** `#/$defs/Location` → `Location`, also for array items and in allOf branches. */
function referencedTypeName(node: SchemaNode): string | undefined {
  const candidates = [node, ...node.children.filter((c) => c.keyword === "items" || c.keyword === "allOf" || c.keyword === "oneOf" || c.keyword === "anyOf")];
  for (const candidate of candidates) {
    const ref = candidate.schema.$ref;
    if (typeof ref === "string") return (ref.split(/[/#]/).pop() ?? ref).replace(/\.(schema\.)?(json|ya?ml)$/, "");
  }
  return typeof node.schema.title === "string" ? node.schema.title : undefined;
}

/**
 * `type: integer`, `type: [string, 'null']` → `string | null`: a scalar the property declares itself, not
 * through `$ref`; an array of scalars declares its items' type (a list of numeric ids is still numeric).
 */
function declaredScalarType(node: SchemaNode): string | undefined {
  const type = node.schema.type;
  if (type === "array") {
    const items = node.children.find((child) => child.keyword === "items");
    return items && items.schema.type !== "array" ? declaredScalarType(items) : undefined;
  }
  if (typeof type === "string") return type;
  return Array.isArray(type) && type.every((t) => typeof t === "string") ? type.join(" | ") : undefined;
}

/** What code generators name the object declaring a property: title, definition name, property name, file name. */
function containerName(node: SchemaNode | undefined): string {
  for (let current = node; current; current = current.parent) {
    if (typeof current.schema.title === "string") return current.schema.title;
    if (current.keyword === "$defs" || current.keyword === "definitions" || current.keyword === "properties") return String(current.keyIndex);
    if (current.keyword === "items" || current.keyword === "allOf" || current.keyword === "anyOf" || current.keyword === "oneOf") continue;
    const segments = splitPointer(current.pointer);
    if (segments[0] === "components" && segments[1] === "schemas" && segments.length === 3) return segments[2]!;
    if (current.pointer === "") return path.basename(current.document.file).replace(/(\.schema)?\.(json|ya?ml)$/i, "");
  }
  return "";
}

// Every property of one object has the same enclosing names: walked once per object, not once per property.
const enclosingNamesCache = new WeakMap<SchemaNode, readonly string[]>();
function parentNames(node: SchemaNode): readonly string[] {
  if (!node.parent) return [];
  let names = enclosingNamesCache.get(node.parent);
  if (!names) {
    names = enclosingNames(node.parent);
    enclosingNamesCache.set(node.parent, names);
  }
  return names;
}

/** The names of `node` and the nodes around it, outermost first. */
function enclosingNames(node: SchemaNode): string[] {
  const names: string[] = [];
  for (let current: SchemaNode | undefined = node; current; current = current.parent) {
    if (current.keyword === "$defs" || current.keyword === "definitions" || current.keyword === "properties") names.unshift(String(current.keyIndex));
    else if (typeof current.schema.title === "string") names.unshift(current.schema.title);
    else if (current.parent === undefined) {
      const segments = splitPointer(current.pointer);
      if (segments[0] === "components" && segments[2]) names.unshift(segments[2]);
    }
  }
  return names;
}

function operationNames(pointer: string): string[] {
  return splitPointer(pointer).filter((s) => !/^\d+$/.test(s) && s !== "parameters" && s !== "paths");
}

function valueAt(value: unknown, pointer: string): Record<string, unknown> | undefined {
  let current = value;
  for (const segment of splitPointer(pointer)) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isObject(current)) current = current[segment];
    else return undefined;
  }
  return isObject(current) ? current : undefined;
}
