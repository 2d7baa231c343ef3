import { readFileSync, statSync } from "node:fs";
import type { Finding } from "../model/finding.js";
import { invalidInputFinding } from "./findings.js";

/** Schema files above this are refused (generated dumps, mis-named binaries), reported, and skipped. */
export const MAX_SCHEMA_FILE_BYTES = 8 * 1024 * 1024;

/**
 * Reads a schema file as UTF-8 text, or reports why it cannot be scanned:
 * unreadable, oversized or binary. Never throws.
 */
export function readSchemaInput(file: string, root: string, findings: Finding[]): string | undefined {
  const at = { file, line: 1, column: 1 };
  try {
    const size = statSync(file).size;
    if (size > MAX_SCHEMA_FILE_BYTES) {
      findings.push(invalidInputFinding(root, at, `file is ${size} bytes, above the ${MAX_SCHEMA_FILE_BYTES}-byte limit for schema files; skipped`, "oversized"));
      return undefined;
    }
    const bytes = readFileSync(file);
    if (bytes.subarray(0, 8192).includes(0)) {
      findings.push(invalidInputFinding(root, at, "binary file (contains NUL bytes), not a schema; skipped", "binary"));
      return undefined;
    }
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      findings.push(invalidInputFinding(root, at, "not valid UTF-8 text, not a schema; skipped", "binary"));
      return undefined;
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    findings.push(invalidInputFinding(root, at, `cannot read file: ${(error as Error).message}`, "unreadable"));
    return undefined;
  }
}
