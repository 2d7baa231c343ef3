import { describeReadFailure, readScannedFile } from "../input/read-scanned-file.js";
import type { Finding } from "../model/finding.js";
import { parsePositionedDocument, type InputError } from "../input/positioned-document.js";
import { findingFingerprint } from "./fingerprint.js";
import { relativeToRoot } from "../paths/report-paths.js";

/** The baseline `vdx baseline` writes in the scan root when no `--output` is given (never scanned itself). */
export const DEFAULT_BASELINE_FILE = "vdx-baseline.json";

/** A baseline of a million findings is about 200 MB; 64 MiB is several hundred thousand. */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

/**
 * One accepted finding. Only `fingerprint` is used for matching; file, rule and message are kept for
 * the humans who review the file in a pull request, and `acceptedBy`, `reason` and `acceptedOn` say who
 * accepted it, why, and when (`vdx baseline --reason … --by …`).
 */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  message: string;
  acceptedBy?: string;
  reason?: string;
  /** The scan date (`--as-of`) the finding was accepted on. */
  acceptedOn?: string;
}

/** `vdx baseline` output: today's findings by fingerprint, so CI fails only on new ones. */
export interface BaselineFile {
  version: 1;
  findings: BaselineEntry[];
}

/** Who accepts findings into a baseline, why and when (each field optional; `vdx baseline` fills what it can). */
export interface Acceptance {
  by?: string;
  reason?: string;
  on?: string;
}

export function createBaseline(findings: readonly Finding[], root: string, acceptance: Acceptance = {}): BaselineFile {
  return { version: 1, findings: sortEntries(uniqueEntries(findings, root, acceptance)) };
}

/**
 * `vdx baseline --update`: the findings of today, each keeping the entry it already had (who accepted
 * it, why, when) and new ones accepted now; entries no finding matches any more are dropped.
 */
export function updateBaseline(
  previous: BaselineFile,
  findings: readonly Finding[],
  root: string,
  acceptance: Acceptance = {},
): {
  baseline: BaselineFile;
  kept: number;
  added: number;
  removed: BaselineEntry[];
} {
  const before = new Map(previous.findings.map((entry) => [entry.fingerprint, entry]));
  const current = uniqueEntries(findings, root, acceptance);
  const merged = current.map((entry) => {
    const old = before.get(entry.fingerprint);
    // The file and message follow the code; the acceptance stays as it was given.
    return old ? { ...entry, ...acceptanceOf(old) } : entry;
  });
  const now = new Set(current.map((entry) => entry.fingerprint));
  const kept = current.filter((entry) => before.has(entry.fingerprint)).length;
  return {
    baseline: { version: 1, findings: sortEntries(merged) },
    kept,
    added: current.length - kept,
    removed: previous.findings.filter((entry) => !now.has(entry.fingerprint)),
  };
}

function acceptanceOf(entry: BaselineEntry): Partial<BaselineEntry> {
  const { fingerprint: _f, ruleId: _r, file: _file, message: _m, ...acceptance } = entry;
  const out: Partial<BaselineEntry> = {};
  for (const key of ["acceptedBy", "reason", "acceptedOn"] as const) {
    if (acceptance[key] !== undefined) out[key] = acceptance[key];
  }
  return { acceptedBy: undefined, reason: undefined, acceptedOn: undefined, ...out };
}

function uniqueEntries(findings: readonly Finding[], root: string, acceptance: Acceptance): BaselineEntry[] {
  const unique = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const entry: BaselineEntry = {
      fingerprint: findingFingerprint(f, root),
      ruleId: f.ruleId,
      file: relativeToRoot(root, f.location.file),
      message: f.message,
      ...(acceptance.by !== undefined ? { acceptedBy: acceptance.by } : {}),
      ...(acceptance.reason !== undefined ? { reason: acceptance.reason } : {}),
      ...(acceptance.on !== undefined ? { acceptedOn: acceptance.on } : {}),
    };
    if (!unique.has(entry.fingerprint)) unique.set(entry.fingerprint, entry);
  }
  return [...unique.values()];
}

function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  return entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
}

export function serializeBaseline(baseline: BaselineFile): string {
  // Keys in a fixed order, absent acceptance fields left out: a reviewer reads the diff.
  const findings = baseline.findings.map((e) => ({
    fingerprint: e.fingerprint,
    ruleId: e.ruleId,
    file: e.file,
    message: e.message,
    ...(e.acceptedBy !== undefined ? { acceptedBy: e.acceptedBy } : {}),
    ...(e.reason !== undefined ? { reason: e.reason } : {}),
    ...(e.acceptedOn !== undefined ? { acceptedOn: e.acceptedOn } : {}),
  }));
  return JSON.stringify({ version: 1, findings }, null, 2) + "\n";
}

/** Reads a baseline; a missing or malformed file is an input error with a position. */
export function readBaseline(file: string): { fingerprints: Set<string>; entries: BaselineEntry[]; errors: InputError[] } {
  // A regular file within the limit only: `--baseline /dev/zero` must not read forever.
  const read = readScannedFile(file, { maxBytes: MAX_BASELINE_BYTES });
  if (read.kind !== "text") {
    const why = read.kind === "unreadable" && read.reason === "no such file" ? "no such file (write one with `vdx baseline`)" : describeReadFailure(read);
    return { fingerprints: new Set(), entries: [], errors: [{ file, line: 1, column: 1, message: `cannot read baseline: ${why}` }] };
  }
  const doc = parsePositionedDocument(file, read.text);
  if (doc.errors.length > 0) return { fingerprints: new Set(), entries: [], errors: doc.errors };
  const value = doc.value as Partial<BaselineFile> | null;
  if (!value || typeof value !== "object" || value.version !== 1 || !Array.isArray(value.findings)) {
    const at = doc.locate("");
    return {
      fingerprints: new Set(),
      entries: [],
      errors: [{ file, line: at.line, column: at.column, message: "not a vdx baseline: expected { version: 1, findings: [...] }" }],
    };
  }
  const fingerprints = new Set<string>();
  const entries: BaselineEntry[] = [];
  const errors: InputError[] = [];
  // Entries as read: the file is input, so each is checked before it is trusted.
  const findings: readonly (Partial<BaselineEntry> | null)[] = value.findings;
  findings.forEach((entry, index) => {
    if (entry && typeof entry.fingerprint === "string") {
      fingerprints.add(entry.fingerprint);
      entries.push({
        fingerprint: entry.fingerprint,
        ruleId: typeof entry.ruleId === "string" ? entry.ruleId : "",
        file: typeof entry.file === "string" ? entry.file : "",
        message: typeof entry.message === "string" ? entry.message : "",
        ...(typeof entry.acceptedBy === "string" ? { acceptedBy: entry.acceptedBy } : {}),
        ...(typeof entry.reason === "string" ? { reason: entry.reason } : {}),
        ...(typeof entry.acceptedOn === "string" ? { acceptedOn: entry.acceptedOn } : {}),
      });
    } else {
      const pointer = `/findings/${index}`;
      const at = doc.locate(pointer);
      errors.push({ file, line: at.line, column: at.column, pointer, message: "baseline entry has no string `fingerprint`" });
    }
  });
  return { fingerprints, entries, errors };
}
