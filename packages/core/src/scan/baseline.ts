import { describeReadFailure, readScannedFile } from "../input/read-scanned-file.js";
import type { Finding } from "../model/finding.js";
import { parsePositionedDocument, type InputError } from "../input/positioned-document.js";
import { findingFingerprint, relativeToRoot } from "./fingerprint.js";

/**
 * `vdx baseline` output: today's findings by fingerprint, so CI fails only on
 * new ones. File, rule and message are kept for the humans who review the file
 * in a pull request; only `fingerprint` is used for matching.
 */
/** The baseline `vdx baseline` writes in the scan root when no `--output` is given (never scanned itself). */
export const DEFAULT_BASELINE_FILE = "vdx-baseline.json";

/** A baseline of a million findings is about 200 MB; 64 MiB is several hundred thousand. */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

export interface BaselineFile {
  version: 1;
  findings: { fingerprint: string; ruleId: string; file: string; message: string }[];
}

export function createBaseline(findings: readonly Finding[], root: string): BaselineFile {
  const entries = findings.map((f) => ({
    fingerprint: findingFingerprint(f, root),
    ruleId: f.ruleId,
    file: relativeToRoot(root, f.location.file),
    message: f.message,
  }));
  const unique = new Map(entries.map((e) => [e.fingerprint, e]));
  const sorted = [...unique.values()].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0,
  );
  return { version: 1, findings: sorted };
}

export function serializeBaseline(baseline: BaselineFile): string {
  return JSON.stringify(baseline, null, 2) + "\n";
}

/** Reads a baseline; a missing or malformed file is an input error with a position. */
export function readBaseline(file: string): { fingerprints: Set<string>; errors: InputError[] } {
  // A regular file within the limit only: `--baseline /dev/zero` must not read forever.
  const read = readScannedFile(file, { maxBytes: MAX_BASELINE_BYTES });
  if (read.kind !== "text") {
    const why = read.kind === "unreadable" && read.reason === "no such file" ? "no such file (write one with `vdx baseline`)" : describeReadFailure(read);
    return { fingerprints: new Set(), errors: [{ file, line: 1, column: 1, message: `cannot read baseline: ${why}` }] };
  }
  const doc = parsePositionedDocument(file, read.text);
  if (doc.errors.length > 0) return { fingerprints: new Set(), errors: doc.errors };
  const value = doc.value as Partial<BaselineFile> | null;
  if (!value || typeof value !== "object" || value.version !== 1 || !Array.isArray(value.findings)) {
    const at = doc.locate("");
    return {
      fingerprints: new Set(),
      errors: [{ file, line: at.line, column: at.column, message: "not a vdx baseline: expected { version: 1, findings: [...] }" }],
    };
  }
  const fingerprints = new Set<string>();
  const errors: InputError[] = [];
  value.findings.forEach((entry, index) => {
    if (entry && typeof entry.fingerprint === "string") fingerprints.add(entry.fingerprint);
    else {
      const pointer = `/findings/${index}`;
      const at = doc.locate(pointer);
      errors.push({ file, line: at.line, column: at.column, pointer, message: "baseline entry has no string `fingerprint`" });
    }
  });
  return { fingerprints, errors };
}

