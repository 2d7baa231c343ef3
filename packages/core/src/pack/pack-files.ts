import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describeReadFailure, readScannedFile } from "../input/read-scanned-file.js";
import { parsePositionedDocument, type InputError, type PositionedDocument } from "../input/positioned-document.js";
import { validateAgainstSchema } from "../input/validate-against-schema.js";
import { readFastBlockYaml } from "../schema/json-schema/fast-block-yaml.js";
import { packSchemaPath } from "../paths/builtin-rules.js";

/** The data files of a pack folder, each with its schema `rules/schema/<part>.schema.json`. */
export const PACK_PARTS = ["categories", "exemptions", "destinations", "signals", "sinks", "stores", "routes", "vocabulary", "propagation"] as const;
type PackPart = (typeof PACK_PARTS)[number];

/** The folder of dictionary files (`dictionaries/*.yaml`), each validated by `rules/schema/dictionary.schema.json`. */
const DICTIONARIES_FOLDER = "dictionaries";

interface PackManifest {
  id: string;
  version: string;
  title: string;
  files: Partial<Record<PackPart | "dictionaries", string>>;
}

export interface PackFolder {
  dir: string;
  manifest?: PackManifest;
  documents: Partial<Record<PackPart, PositionedDocument>>;
  /** Dictionary files, in file-name order. */
  dictionaries: PositionedDocument[];
}

const candidates = new Map<string, { stamp: string; files: string[]; dictionaries: string }>();

/**
 * Every file whose change must invalidate a cached pack built from `dir`:
 * the standard names and whatever the manifest names (re-read only when the
 * manifest itself changes — this runs for every file the ESLint plugin lints).
 */
export function packFileCandidates(dir: string): string[] {
  const manifest = join(dir, "pack.yaml");
  const stamp = fileStamp(manifest);
  const cached = candidates.get(dir);
  if (cached?.stamp === stamp) return withDictionaries(cached.files, cached.dictionaries);
  const names = new Set(PACK_PARTS.map((part) => `${part}.yaml`));
  const parsed = stamp === "absent" ? undefined : readManifestValue(manifest);
  for (const [part, name] of Object.entries(parsed?.files ?? {})) if (typeof name === "string" && part !== "dictionaries") names.add(name);
  const files = [manifest, ...[...names].map((name) => join(dir, name))];
  const dictionaries = dictionaryFolder(dir, parsed?.files?.dictionaries);
  candidates.set(dir, { stamp, files, dictionaries });
  return withDictionaries(files, dictionaries);
}

/** The dictionary folder is listed every time: adding or removing a file changes the pack. */
function withDictionaries(files: string[], folder: string): string[] {
  return [...files, folder, ...dictionaryFiles(folder)];
}

function dictionaryFolder(dir: string, name: unknown): string {
  return join(dir, typeof name === "string" ? name : DICTIONARIES_FOLDER);
}

/** `*.yaml` / `*.yml` / `*.json` files of a dictionary folder, sorted; none when it is absent. */
function dictionaryFiles(folder: string): string[] {
  try {
    if (!statSync(folder).isDirectory()) return [];
    return readdirSync(folder)
      .filter((name) => /\.(ya?ml|json)$/.test(name))
      .sort()
      .map((name) => join(folder, name));
  } catch {
    return [];
  }
}

/** Reads a pack folder: the manifest (optional for `extends` folders) and every part present, parsed and positioned. */
export function readPackFolder(dir: string, requireManifest: boolean): { folder: PackFolder; errors: InputError[] } {
  const errors: InputError[] = [];
  const folder: PackFolder = { dir, documents: {}, dictionaries: [] };
  const manifestFile = join(dir, "pack.yaml");
  if (existsSync(manifestFile)) {
    const document = readDocument(manifestFile, errors);
    const problems = document ? validateDocument(document, "pack") : [];
    errors.push(...problems);
    if (document && problems.length === 0) {
      const value = document.value as { id: string; version: string; title: string; files?: PackManifest["files"] };
      folder.manifest = { id: value.id, version: value.version, title: value.title, files: value.files ?? {} };
    }
  } else if (requireManifest) {
    errors.push({ file: manifestFile, line: 1, column: 1, message: "a rule pack folder needs a pack.yaml (id, version, title)" });
  }
  for (const part of PACK_PARTS) {
    const file = join(dir, folder.manifest?.files[part] ?? `${part}.yaml`);
    if (!existsSync(file)) continue;
    const document = readDocument(file, errors);
    if (document) folder.documents[part] = document;
  }
  for (const file of dictionaryFiles(dictionaryFolder(dir, folder.manifest?.files.dictionaries))) {
    const document = readDocument(file, errors);
    if (document) folder.dictionaries.push(document);
  }
  return { folder, errors };
}

/** Rule-pack files are hand-written data; the built-in ones are a few hundred KiB. */
const MAX_PACK_FILE_BYTES = 16 * 1024 * 1024;

function readDocument(file: string, errors: InputError[]): PositionedDocument | undefined {
  const read = readScannedFile(file, { maxBytes: MAX_PACK_FILE_BYTES });
  if (read.kind !== "text") {
    errors.push({ file, line: 1, column: 1, message: `cannot read the file: ${describeReadFailure(read)}` });
    return undefined;
  }
  const document = parsePackDocument(file, read.text);
  if (document.errors.length > 0) {
    errors.push(...document.errors.map((e) => ({ ...e, message: e.limit ? e.message : `invalid YAML: ${e.message}` })));
    return undefined;
  }
  return document;
}

/**
 * A pack file as a positioned document. Its value comes from the fast block-YAML reader when the file stays
 * within what that reads (the big built-in files do: it is several times faster than the general parser);
 * positions are only needed for the few entries a problem or a definition site is reported at, and come from
 * the general parser, run on the first lookup — so every location is the one the general parser gives.
 */
function parsePackDocument(file: string, text: string): PositionedDocument {
  const fast = /\.ya?ml$/i.test(file) ? readFastBlockYaml(text, { aliases: true }) : undefined;
  if (!fast) return parsePositionedDocument(file, text);
  let full: PositionedDocument | undefined;
  const positioned = (): PositionedDocument => (full ??= parsePositionedDocument(file, text));
  return {
    file,
    value: fast.value,
    errors: [],
    locate: (pointer) => positioned().locate(pointer),
    locateKey: (pointer) => positioned().locateKey(pointer),
  };
}

const schemas = new Map<string, { stamp: string; schema: object | InputError }>();

/**
 * The part's JSON Schema, loaded once per file version. `$id` is dropped so a
 * schema edited while a process runs (an editor's ESLint server) can be
 * compiled again without ajv's duplicate-id error.
 */
function schemaFor(part: string): object | InputError | undefined {
  const file = packSchemaPath(part);
  if (!file) return undefined;
  const stamp = fileStamp(file);
  const cached = schemas.get(file);
  if (cached?.stamp === stamp) return cached.schema;
  let schema: object | InputError;
  try {
    const { $id: _ignored, ...rest } = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    schema = rest;
  } catch (error) {
    schema = { file, line: 1, column: 1, message: `cannot read the pack schema: ${(error as Error).message}` };
  }
  schemas.set(file, { stamp, schema });
  return schema;
}

/**
 * Validates `value` (by default the document's own value; the loader passes
 * entries already merged with the base pack) against the part's schema.
 * A part without a schema file is accepted as is.
 */
export function validateDocument(document: PositionedDocument, part: string, value: unknown = document.value): InputError[] {
  const schema = schemaFor(part);
  if (!schema) return [];
  if ("message" in schema && "file" in schema) return [schema];
  try {
    return validateAgainstSchema(document, schema, value);
  } catch (error) {
    return [{ file: packSchemaPath(part) ?? part, line: 1, column: 1, message: `the pack schema cannot be compiled: ${(error as Error).message}` }];
  }
}

export function fileStamp(file: string): string {
  try {
    const stat = statSync(file);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return "absent";
  }
}

function readManifestValue(file: string): { files?: Record<string, unknown> } | undefined {
  try {
    const read = readScannedFile(file, { maxBytes: MAX_PACK_FILE_BYTES });
    if (read.kind !== "text") return undefined;
    const value = parsePositionedDocument(file, read.text).value;
    return value && typeof value === "object" ? value : undefined;
  } catch {
    return undefined;
  }
}
