import path from "node:path";
import type { InputError, PositionedDocument } from "../input/positioned-document.js";
import { readScopeOf } from "../input/read-scope.js";
import type { ReadScope } from "../model/read-scope.js";
import type { Finding } from "../model/finding.js";
import type { RulePack } from "../model/pack.js";
import type { ClassifiedField } from "../model/schema-field.js";
import type { ClassifyEnvironment } from "./classify-field.js";
import { invalidInputFinding } from "./findings.js";
import { detectDocumentKind } from "./json-schema/detect-document-kind.js";
import { parsePositionedJson } from "./json-schema/positioned-json.js";
import { parsePositionedYaml } from "./json-schema/positioned-yaml.js";
import { scanJsonSchemaDocuments, type JsonSchemaDocument } from "./json-schema/scan-json-schema.js";
import { scanProtoFiles } from "./protobuf/scan-protobuf.js";
import { readSchemaFile, readSchemaInput, schemaReadProblem } from "./read-schema-input.js";
import { scanVssCatalogs } from "./vss/scan-vss.js";

export interface SchemaScanInput {
  /** Files to scan (absolute, or relative to `root`). Other extensions are ignored. */
  files: string[];
  /** Scan root: inventory paths and fingerprints are relative to it. */
  root: string;
  pack: RulePack;
  /** protoc-style include paths for `import` (absolute, or relative to `root`). */
  includePaths?: string[];
  /**
   * Where a `$ref`, an `import` or an `#include` may lead. Default: the root.
   * The include paths and the files to scan are always readable.
   */
  scope?: ReadScope;
}

export interface SchemaScanResult {
  fields: ClassifiedField[];
  findings: Finding[];
}

const SCHEMA_EXTENSIONS = new Set([".proto", ".json", ".yaml", ".yml", ".vspec"]);

interface ParsedInput {
  document: PositionedDocument;
  text: string;
}

/**
 * Scans protobuf, JSON Schema / OpenAPI 3.x (JSON or YAML) and VSS catalogs
 * (`.vspec`, JSON export) into classified fields and findings. Bad input
 * (syntax errors, broken `$ref`, binary or oversized files, files beyond
 * vdx's limits) becomes an `invalid-input` finding with its position and the
 * scan goes on; a file that breaks an analyser costs only its own fields.
 * Output is sorted, so two runs give the same bytes.
 */
export function scanSchemaFiles(input: SchemaScanInput): SchemaScanResult {
  const root = path.resolve(input.root);
  const findings: Finding[] = [];
  const env: ClassifyEnvironment = { pack: input.pack, root, findings };
  const files = [...new Set(input.files.map((f) => path.resolve(root, f)))].sort();
  const includePaths = (input.includePaths ?? []).map((p) => path.resolve(root, p));
  const scope = (input.scope ?? readScopeOf([root])).with(includePaths);

  const protoFiles = files.filter((f) => f.toLowerCase().endsWith(".proto"));
  const documents = new Map<string, ParsedInput | { unusable: string }>();
  // Files reached only through `$ref` / `#include`: read quietly, the referrer reports why they cannot be used.
  const loadQuietly = (file: string): ParsedInput | { unusable: string } => {
    let loaded = documents.get(file);
    if (loaded === undefined) {
      loaded = loadReferenced(file, scope);
      documents.set(file, loaded);
    }
    return loaded;
  };

  const vspecs: ParsedInput[] = [];
  const vssExports: PositionedDocument[] = [];
  const schemas: JsonSchemaDocument[] = [];
  for (const file of files) {
    const extension = path.extname(file).toLowerCase();
    if (extension === ".proto" || !SCHEMA_EXTENSIONS.has(extension)) continue;
    const text = readSchemaInput(file, root, findings);
    if (text === undefined) continue;
    const document = parseDocumentSafely(file, text);
    if (document.errors.length > 0) {
      for (const error of document.errors.slice(0, 3)) findings.push(parseErrorFinding(root, document.file, error));
      documents.set(file, { unusable: parseProblem(error0(document)) });
      continue;
    }
    documents.set(file, { document, text });
    if (extension === ".vspec") {
      vspecs.push({ document, text });
      continue;
    }
    const kind = detectDocumentKind(document.value);
    if (kind === "vss") vssExports.push(document);
    else if (kind === "json-schema" || kind === "openapi") schemas.push({ document, kind });
  }

  const vssItems: VssItem[] = [...vspecs.map((vspec) => ({ vspec })), ...vssExports.map((exported) => ({ exported }))];
  const fields = [
    ...isolated(
      "protobuf",
      protoFiles,
      (file) => file,
      env,
      (subset, sub) => scanProtoFiles(subset, includePaths, sub, scope),
    ),
    ...isolated(
      "JSON Schema",
      schemas,
      (schema) => schema.document.file,
      env,
      (subset, sub) =>
        scanJsonSchemaDocuments(
          subset,
          (file) => {
            const loaded = loadQuietly(file);
            return "unusable" in loaded ? loaded : loaded.document;
          },
          sub,
        ),
    ),
    ...isolated(
      "VSS",
      vssItems,
      (item) => ("vspec" in item ? item.vspec.document.file : item.exported.file),
      env,
      (subset, sub) =>
        scanVssCatalogs(
          subset.flatMap((item) => ("vspec" in item ? [item.vspec] : [])),
          subset.flatMap((item) => ("exported" in item ? [item.exported] : [])),
          loadQuietly,
          sub,
        ),
    ),
  ];
  return { fields: sortFields(fields), findings: sortFindings(findings) };
}

type VssItem = { vspec: ParsedInput } | { exported: PositionedDocument };

/** A file a `$ref` or `#include` leads to: read only when it is a regular file inside `scope`, parsed, or why not. */
function loadReferenced(file: string, scope: ReadScope): ParsedInput | { unusable: string } {
  const read = readSchemaFile(file, scope);
  if (read.kind !== "text") return { unusable: schemaReadProblem(read) };
  const document = parseDocumentSafely(file, read.text);
  if (document.errors.length > 0) return { unusable: parseProblem(error0(document)) };
  return { document, text: read.text };
}

function error0(document: PositionedDocument): InputError {
  return document.errors[0]!;
}

function parseProblem(error: InputError): string {
  const kind = error.file.toLowerCase().endsWith(".json") ? "JSON" : "YAML";
  return error.limit ? `not analysed: ${error.message} at ${error.line}:${error.column}` : `invalid ${kind} at ${error.line}:${error.column}: ${error.message}`;
}

function parseErrorFinding(root: string, file: string, error: InputError): Finding {
  const kind = file.toLowerCase().endsWith(".json") ? "JSON" : "YAML";
  const message = error.limit ? `not analysed: ${error.message}` : `invalid ${kind}: ${error.message}`;
  return invalidInputFinding(root, { file, line: error.line, column: error.column }, message, error.limit ? "limit" : "syntax");
}

function parseDocumentSafely(file: string, text: string): PositionedDocument {
  try {
    return file.toLowerCase().endsWith(".json") ? parsePositionedJson(file, text) : parsePositionedYaml(file, text);
  } catch (error) {
    const at = { file, line: 1, column: 1 };
    return { file, value: undefined, errors: [{ ...at, message: (error as Error).message }], locate: () => at, locateKey: () => at };
  }
}

/**
 * Runs one analyser over all its files; if it throws (a vdx bug, or a limit
 * nothing else caught), runs it again on each file alone, so every other file
 * keeps its fields and findings and the file that breaks it gets one
 * `invalid-input` finding. Findings of a failed run are dropped: the reruns
 * report them again.
 */
function isolated<T>(
  analyser: string,
  items: readonly T[],
  fileOf: (item: T) => string,
  env: ClassifyEnvironment,
  run: (items: T[], env: ClassifyEnvironment) => ClassifiedField[],
): ClassifiedField[] {
  if (items.length === 0) return [];
  const attempt = (subset: T[]): { fields: ClassifiedField[]; findings: Finding[] } | { error: unknown } => {
    const findings: Finding[] = [];
    try {
      return { fields: run(subset, { ...env, findings }), findings };
    } catch (error) {
      return { error };
    }
  };
  const all = attempt([...items]);
  if (!("error" in all)) {
    env.findings.push(...all.findings);
    return all.fields;
  }
  const fields: ClassifiedField[] = [];
  for (const item of items) {
    const one = items.length === 1 ? all : attempt([item]);
    if ("error" in one) {
      const reason = one.error instanceof Error ? one.error.message : String(one.error);
      const message = `${analyser} analysis of this file failed (${reason.split("\n")[0]!}); its fields are not classified. The other files were analysed.`;
      env.findings.push(invalidInputFinding(env.root, { file: fileOf(item), line: 1, column: 1 }, message, "analysis-failed"));
    } else {
      env.findings.push(...one.findings);
      fields.push(...one.fields);
    }
  }
  return fields;
}

export function sortFields(fields: ClassifiedField[]): ClassifiedField[] {
  return fields.sort(
    (a, b) =>
      compare(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || compare(a.path, b.path),
  );
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      compare(a.location.file, b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      compare(a.fingerprint, b.fingerprint),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
