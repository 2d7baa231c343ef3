import { readScannedFile, type ScannedFile } from "../input/read-scanned-file.js";
import type { ReadScope } from "../model/read-scope.js";
import type { Finding } from "../model/finding.js";
import { invalidInputFinding } from "./findings.js";

/** Schema files above this are refused (generated dumps, mis-named binaries), reported, and skipped. */
export const MAX_SCHEMA_FILE_BYTES = 8 * 1024 * 1024;

/**
 * Reads a schema file as UTF-8 text, or reports why it cannot be scanned:
 * not a regular file (a device, a FIFO), outside `within`, unreadable,
 * oversized or binary. Never throws, never reads more than the limit.
 */
export function readSchemaInput(file: string, root: string, findings: Finding[], within?: ReadScope): string | undefined {
  const read = readSchemaFile(file, within);
  if (read.kind === "text") return read.text;
  findings.push(invalidInputFinding(root, { file, line: 1, column: 1 }, schemaReadProblem(read), read.kind === "too-large" ? "oversized" : read.kind));
  return undefined;
}

export function readSchemaFile(file: string, within?: ReadScope): ScannedFile {
  return readScannedFile(file, { maxBytes: MAX_SCHEMA_FILE_BYTES, ...(within ? { within } : {}) });
}

/** Why a schema file was not read, as a finding's message. */
export function schemaReadProblem(read: Exclude<ScannedFile, { kind: "text" }>): string {
  switch (read.kind) {
    case "too-large":
      return `file is above the ${MAX_SCHEMA_FILE_BYTES}-byte limit for schema files (${read.reason}); skipped`;
    case "binary":
      return `binary file (${read.reason}), not a schema; skipped`;
    case "outside":
      return `not read: ${read.reason}`;
    case "unreadable":
      return `cannot read file: ${read.reason}`;
  }
}
