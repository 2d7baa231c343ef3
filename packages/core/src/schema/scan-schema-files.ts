import path from "node:path";
import type { PositionedDocument } from "../input/positioned-document.js";
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
import { readSchemaInput } from "./read-schema-input.js";
import { scanVssCatalogs } from "./vss/scan-vss.js";

export interface SchemaScanInput {
  /** Files to scan (absolute, or relative to `root`). Other extensions are ignored. */
  files: string[];
  /** Scan root: inventory paths and fingerprints are relative to it. */
  root: string;
  pack: RulePack;
  /** protoc-style include paths for `import` (absolute, or relative to `root`). */
  includePaths?: string[];
}

export interface SchemaScanResult {
  fields: ClassifiedField[];
  findings: Finding[];
}

const SCHEMA_EXTENSIONS = new Set([".proto", ".json", ".yaml", ".yml", ".vspec"]);

/** True for the file names `scanSchemaFiles` reads (it still ignores JSON/YAML that is not a schema). */
export function isSchemaFileCandidate(file: string): boolean {
  return SCHEMA_EXTENSIONS.has(path.extname(file).toLowerCase());
}

/**
 * Scans protobuf, JSON Schema / OpenAPI 3.x (JSON or YAML) and VSS catalogs
 * (`.vspec`, JSON export) into classified fields and findings. Bad input
 * (syntax errors, broken `$ref`, binary or oversized files) becomes an
 * `invalid-input` finding with its position and the scan goes on.
 * Output is sorted, so two runs give the same bytes.
 */
export function scanSchemaFiles(input: SchemaScanInput): SchemaScanResult {
  const root = path.resolve(input.root);
  const findings: Finding[] = [];
  const env: ClassifyEnvironment = { pack: input.pack, root, findings };
  const files = [...new Set(input.files.map((f) => path.resolve(root, f)))].sort();

  const protoFiles = files.filter((f) => f.toLowerCase().endsWith(".proto"));
  const documents = new Map<string, { document: PositionedDocument; text: string } | undefined>();
  // Files reached only through `$ref` / `#include`: read quietly, the referrer reports the failure.
  const loadQuietly = (file: string): { document: PositionedDocument; text: string } | undefined => {
    if (!documents.has(file)) {
      const text = readSchemaInput(file, root, []);
      const document = text === undefined ? undefined : parseDocumentSafely(file, text);
      documents.set(file, document && document.errors.length === 0 && text !== undefined ? { document, text } : undefined);
    }
    return documents.get(file);
  };

  const vspecs: { document: PositionedDocument; text: string }[] = [];
  const vssExports: PositionedDocument[] = [];
  const schemas: JsonSchemaDocument[] = [];
  for (const file of files) {
    const extension = path.extname(file).toLowerCase();
    if (extension === ".proto" || !SCHEMA_EXTENSIONS.has(extension)) continue;
    const text = readSchemaInput(file, root, findings);
    if (text === undefined) continue;
    const document = parseDocumentSafely(file, text);
    if (document.errors.length > 0) {
      for (const error of document.errors.slice(0, 3)) {
        findings.push(invalidInputFinding(root, { file, line: error.line, column: error.column }, `invalid ${extension === ".json" ? "JSON" : "YAML"}: ${error.message}`, "syntax"));
      }
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

  const fields = [
    ...guarded(() => scanProtoFiles(protoFiles, input.includePaths ?? [], env), protoFiles, env),
    ...guarded(() => scanJsonSchemaDocuments(schemas, (file) => loadQuietly(file)?.document, env), schemas.map((s) => s.document.file), env),
    ...guarded(() => scanVssCatalogs(vspecs, vssExports, loadQuietly, env), [...vspecs.map((v) => v.document.file), ...vssExports.map((d) => d.file)], env),
  ];
  return { fields: sortFields(fields), findings: sortFindings(findings) };
}

function parseDocumentSafely(file: string, text: string): PositionedDocument {
  try {
    return file.toLowerCase().endsWith(".json") ? parsePositionedJson(file, text) : parsePositionedYaml(file, text);
  } catch (error) {
    const at = { file, line: 1, column: 1 };
    return { file, value: undefined, errors: [{ ...at, message: (error as Error).message }], locate: () => at, locateKey: () => at };
  }
}

/** A bug in one scanner must not lose the others' results: it becomes a finding on the first file. */
function guarded(run: () => ClassifiedField[], files: string[], env: ClassifyEnvironment): ClassifiedField[] {
  try {
    return run();
  } catch (error) {
    const file = files[0] ?? env.root;
    env.findings.push(invalidInputFinding(env.root, { file, line: 1, column: 1 }, `schema scan failed: ${(error as Error).message}`, "internal"));
    return [];
  }
}

export function sortFields(fields: ClassifiedField[]): ClassifiedField[] {
  return fields.sort((a, b) => compare(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || compare(a.path, b.path));
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => compare(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || compare(a.fingerprint, b.fingerprint));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
