import { statSync } from "node:fs";
import path from "node:path";
import protobuf from "protobufjs";
import type { ClassifiedField } from "../../model/schema-field.js";
import { checkMarking, classifyField, type ClassifyEnvironment, type Marking } from "../classify-field.js";
import type { Finding } from "../../model/finding.js";
import { invalidInputFinding } from "../findings.js";
import { readSchemaInput } from "../read-schema-input.js";
import { OUTSIDE_REASON } from "../../input/read-scanned-file.js";
import type { ReadScope } from "../../model/read-scope.js";
import { parseProtoFile, type ParsedProto } from "./parse-proto-file.js";
import { classifyProtoEnumValues } from "./proto-enum-fields.js";
import { positionShapedFields, type MessageTypedField } from "./position-shaped-fields.js";
import { writtenProtoMarking } from "./proto-markings.js";
import { isToolchainImport, loadWellKnownProto } from "./well-known-protos.js";

interface MessageInfo {
  type: protobuf.Type;
  fullName: string;
  parsed: ParsedProto;
  marking: Marking;
}

/**
 * Scans .proto files into classified fields. Imports are followed (relative
 * to the importing file, the include paths and the root) so that a field
 * typed with a message from another file inherits that message's `@vdx`
 * mark and resolves to its full name for type signals; only the files asked
 * for produce fields and findings. An import is read only when it is a
 * regular file inside `scope` (the scan root and include paths by default).
 */
export function scanProtoFiles(files: readonly string[], includePaths: readonly string[], env: ClassifyEnvironment, scope?: ReadScope): ClassifiedField[] {
  const parsedFiles = loadWithImports(files, includePaths, env, scope);
  const messages = new Map<string, MessageInfo>();
  const declared: MessageInfo[] = [];
  const requested = new Set(files.map((f) => path.resolve(f)));
  for (const parsed of parsedFiles) {
    const reporting = requested.has(parsed.file);
    forEachMessage(parsed.root, (type) => {
      const fullName = type.fullName.replace(/^\./, "");
      const declaration = parsed.declarations.messages.get(fullName);
      const written = writtenProtoMarking(type.parsedOptions, type.options, [declaration?.comments ?? "", type.comment ?? ""]);
      const location = { file: parsed.file, line: declaration?.line ?? 1, column: declaration?.column ?? 1 };
      // Unknown ids are reported once, where the file is scanned; imported-only files stay quiet.
      const marking = checkMarking(written, { location, path: fullName }, reporting ? env : { ...env, findings: [] });
      const info = { type, fullName, parsed, marking };
      // Two files may declare the same name (vendored copies): resolution takes the first, both are scanned.
      if (!messages.has(fullName)) messages.set(fullName, info);
      if (reporting) declared.push(info);
    });
  }

  const fields: ClassifiedField[] = [];
  const messageTyped: MessageTypedField[] = [];
  for (const info of declared) classifyMessageFields(info, messages, env, fields, messageTyped);
  fields.push(...positionShapedFields(messageTyped, fields, env));
  for (const parsed of parsedFiles) if (requested.has(parsed.file)) classifyProtoEnumValues(parsed, env, fields);
  return fields;
}

function classifyMessageFields(
  info: MessageInfo,
  messages: Map<string, MessageInfo>,
  env: ClassifyEnvironment,
  out: ClassifiedField[],
  messageTyped: MessageTypedField[],
): void {
  const fieldsOfType = info.type.fieldsArray;
  const siblings = fieldsOfType.map((f) => f.name);
  const parents = info.fullName
    .slice(info.parsed.declarations.packageName.length)
    .split(".")
    .filter((s) => s !== "");
  for (const field of fieldsOfType) {
    const fieldPath = `${info.fullName}.${field.name}`;
    const declaration = info.parsed.declarations.fields.get(fieldPath);
    const location = declaration
      ? { file: info.parsed.file, line: declaration.line, column: declaration.column, endLine: declaration.endLine, endColumn: declaration.endColumn }
      : { file: info.parsed.file, line: 1, column: 1 };
    const own = checkMarking(
      writtenProtoMarking(field.parsedOptions, field.options, [declaration?.comments ?? "", field.comment ?? ""]),
      { location, path: fieldPath },
      env,
    );
    const referenced = resolveMessage(field.type, info.fullName, messages);
    const inherited = referenced ? mergeInherited(info.marking, referenced.marking) : info.marking;
    const typeName = referenced?.fullName ?? field.type;
    const classified = classifyField(
      {
        path: fieldPath,
        source: "protobuf",
        location,
        identifier: field.name,
        context: { siblings, parents, typeName },
        typeName,
        container: info.fullName,
        markings: { own, inherited },
      },
      env,
    );
    if (classified) out.push(classified);
    else if (referenced)
      messageTyped.push({ field: { path: fieldPath, source: "protobuf", location, typeName, container: info.fullName }, message: referenced.fullName });
  }
}

/** A mark on the field's own message wins over `none` on the referenced message, and the reverse. */
function mergeInherited(ownMessage: Marking, referenced: Marking): Marking {
  if (ownMessage.ids.length === 0 && !ownMessage.none) return referenced;
  if (referenced.ids.length === 0) return ownMessage;
  return { ids: [...new Set([...ownMessage.ids, ...referenced.ids])], none: false };
}

const SCALARS = new Set([
  "double",
  "float",
  "int32",
  "int64",
  "uint32",
  "uint64",
  "sint32",
  "sint64",
  "fixed32",
  "fixed64",
  "sfixed32",
  "sfixed64",
  "bool",
  "string",
  "bytes",
]);

/** Protobuf name resolution: `.a.B` is absolute; `B` is searched from the innermost scope outwards. */
function resolveMessage(typeName: string, scope: string, messages: Map<string, MessageInfo>): MessageInfo | undefined {
  if (SCALARS.has(typeName)) return undefined;
  if (typeName.startsWith(".")) return messages.get(typeName.slice(1));
  const segments = scope.split(".");
  for (let n = segments.length; n >= 0; n--) {
    const candidate = [...segments.slice(0, n), typeName].join(".");
    const found = messages.get(candidate);
    if (found) return found;
  }
  return undefined;
}

function forEachMessage(namespace: protobuf.NamespaceBase, visit: (type: protobuf.Type) => void): void {
  for (const nested of namespace.nestedArray) {
    if (nested instanceof protobuf.Type) {
      visit(nested);
      forEachMessage(nested, visit);
    } else if (nested instanceof protobuf.Namespace) {
      forEachMessage(nested, visit);
    }
  }
}

function loadWithImports(files: readonly string[], includePaths: readonly string[], env: ClassifyEnvironment, scope: ReadScope | undefined): ParsedProto[] {
  const loaded = new Map<string, ParsedProto | null>();
  const requested = new Set(files.map((f) => path.resolve(f)));
  const queue = [...requested];
  // The queue grows as imports are found: an array iterator reads the length at every step.
  for (const file of queue) {
    if (loaded.has(file)) continue;
    loaded.set(file, null);
    const reporting = requested.has(file);
    const text = readSchemaInput(file, env.root, reporting ? env.findings : [], reporting ? undefined : scope);
    if (text === undefined) continue;
    const outcome = parseProtoFile(file, text);
    if (!outcome.ok) {
      if (reporting) env.findings.push(invalidInputFinding(env.root, outcome.location, outcome.message, "protobuf-syntax"));
      continue;
    }
    loaded.set(file, outcome.parsed);
    for (const imported of outcome.parsed.imports) {
      const resolved = resolveImport(imported, file, includePaths, env.root, (candidate) => requested.has(candidate) || !scope || scope.contains(candidate));
      if (resolved && "file" in resolved) {
        if (!loaded.has(resolved.file)) queue.push(resolved.file);
        continue;
      }
      if (resolved) {
        if (reporting) env.findings.push(refusedImportFinding(imported, resolved.refused, outcome.parsed, env));
        continue;
      }
      const bundledKey = `protobufjs:${imported}`;
      if (loaded.has(bundledKey)) continue;
      const bundled = loadWellKnownProto(imported);
      if (bundled)
        loaded.set(bundledKey, {
          file: bundledKey,
          root: bundled,
          imports: [],
          declarations: { packageName: "google.protobuf", imports: [], messages: new Map(), fields: new Map() },
        });
      else if (reporting) env.findings.push(unresolvedImportFinding(imported, outcome.parsed, includePaths, env));
    }
  }
  return [...loaded.values()].filter((p): p is ParsedProto => p !== null);
}

/** An import found, but not read: not a regular file, or outside the folders vdx may read. */
function refusedImportFinding(imported: string, why: string, parsed: ParsedProto, env: ClassifyEnvironment): Finding {
  return invalidInputFinding(
    env.root,
    importLocation(imported, parsed),
    `import "${imported}" is not read: ${why}; types from it are not resolved, so fields typed with them carry no classification from it`,
    `import:${imported}`,
  );
}

function importLocation(imported: string, parsed: ParsedProto): Finding["location"] {
  const statement = parsed.declarations.imports.find((i) => i.path === imported);
  return statement
    ? { file: parsed.file, line: statement.line, column: statement.column, endLine: statement.endLine, endColumn: statement.endColumn }
    : { file: parsed.file, line: 1, column: 1 };
}

/**
 * An import that is nowhere on the include paths: its messages are unknown, so fields typed with them
 * inherit no `@vdx` mark and get no type signal. An error for the project's own files; a warning for
 * imports a toolchain or registry normally supplies (googleapis, protoc-gen-validate, buf).
 */
function unresolvedImportFinding(imported: string, parsed: ParsedProto, includePaths: readonly string[], env: ClassifyEnvironment): Finding {
  const location = importLocation(imported, parsed);
  const searched =
    includePaths.length > 0
      ? "the include paths, the importing file's folder and its parents up to the scan root"
      : "the importing file's folder and its parents up to the scan root (no include paths given)";
  const finding = invalidInputFinding(
    env.root,
    location,
    `import "${imported}" not found in ${searched}; types from it are not resolved, so fields typed with them carry no classification from it`,
    `import:${imported}`,
  );
  return isToolchainImport(imported) ? { ...finding, level: "warn" } : finding;
}

/**
 * protoc semantics: import paths are relative to an include path. Without
 * explicit include paths, the usual proto root is an ancestor of the
 * importing file (`proto/acme/v1/a.proto` imports `common/geo.proto` from
 * `proto/`), so the importing file's folder and each ancestor up to the scan
 * root are tried, nearest first. A candidate that exists but is not a regular
 * file (`import "/dev/zero"`) or lies outside what vdx may read is refused
 * with the reason, unless a later base holds a readable file.
 */
function resolveImport(
  imported: string,
  fromFile: string,
  includePaths: readonly string[],
  root: string,
  mayRead: (file: string) => boolean,
): { file: string } | { refused: string } | undefined {
  const ancestors: string[] = [];
  for (let dir = path.dirname(fromFile); ; dir = path.dirname(dir)) {
    ancestors.push(dir);
    if (dir === root || dir === path.dirname(dir) || !dir.startsWith(root)) break;
  }
  const bases = [...includePaths.map((p) => path.resolve(root, p)), ...ancestors, root];
  let refused: string | undefined;
  for (const base of bases) {
    const candidate = path.resolve(base, imported);
    let regular: boolean;
    try {
      regular = statSync(candidate).isFile();
    } catch {
      continue;
    }
    if (!regular) refused ??= "it is not a regular file";
    else if (!mayRead(candidate)) refused ??= OUTSIDE_REASON;
    else return { file: candidate };
  }
  return refused !== undefined ? { refused } : undefined;
}
