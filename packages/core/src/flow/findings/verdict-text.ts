import type { FilingReference, Gap, Verdict } from "../../model/verdict.js";
import { describeFilingReference } from "../../verdict/exemption-gaps.js";

/**
 * Registry verdicts in words, shared by push and remote findings. The
 * evaluator's gap texts are complete sentences that start with "record X …";
 * a message names the record once and lists what it lacks after it.
 */

/** "does not list a, b" from "record X does not list a, b"; other texts unchanged. */
function withoutRecordPrefix(message: string, record: string | undefined): string {
  if (record === undefined) return message;
  const prefix = `record ${record} `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

/**
 * What one gap says about its record, as a predicate of "record X …". The
 * mechanism and map-approval gaps are cut to what the record lacks, because
 * the message's "requires …" clause already gives the reasons.
 */
function gapPredicate(gap: Gap, record: string | undefined): { predicate: string; ofRecord: boolean } {
  const ofRecord = record !== undefined && gap.record === record;
  if (ofRecord && gap.kind === "map-approval-missing") return { predicate: "has no mapApproval", ofRecord };
  const rest = withoutRecordPrefix(gap.message, ofRecord ? record : undefined);
  if (ofRecord && rest !== gap.message) {
    // "is a standard-contract; a security assessment is needed: <reasons>" → the reasons follow in "requires".
    const predicate = gap.kind === "mechanism-too-weak" ? rest.split(";")[0]!.trim() : rest;
    return { predicate, ofRecord };
  }
  return { predicate: gap.message, ofRecord: false };
}

/**
 * "record SA-1 does not list a, b; has no mapApproval" — the record named once,
 * then every shortfall; gaps of no record (or worded otherwise) follow as they are.
 */
export function recordShortfall(verdict: Verdict, record: string | undefined): string {
  const own: string[] = [];
  const other: string[] = [];
  for (const gap of verdict.gaps) {
    const { predicate, ofRecord } = gapPredicate(gap, record);
    (ofRecord ? own : other).push(predicate);
  }
  const parts: string[] = [];
  const named = `record ${record ?? ""}${filingNote(verdict.filingReference, record)}`;
  if (own.length > 0) parts.push(`${named} ${own.join("; ")}`);
  else if (record !== undefined && other.length === 0) parts.push(`${named} does not cover it (${verdict.status})`);
  parts.push(...other);
  return parts.join("; ");
}

/** A gap in full after "Record X:", its record not named again. */
function gapDetail(gap: Gap, record: string): string {
  if (gap.kind === "map-approval-missing" && gap.record === record && gap.categories && gap.categories.length > 0) {
    return `has no mapApproval, which ${gap.categories.join(", ")} need for provision abroad`;
  }
  return withoutRecordPrefix(gap.message, record);
}

/**
 * The verdict for `vdx explain`: status and requirement, then each record
 * tried with its own shortfalls (the chosen one marked), or the gaps that
 * belong to no record (no record lists the destination, on-vehicle code).
 */
export function verdictLines(verdict: Verdict): string[] {
  const lines = [`Verdict: ${verdict.status}; required: ${verdict.required}`];
  const tried = new Set(verdict.tried.map((t) => t.record));
  for (const gap of verdict.gaps) {
    if (gap.record !== undefined && tried.has(gap.record)) continue; // shown with its record below
    lines.push(`  ${gap.message}`);
  }
  if (verdict.tried.length === 0 && verdict.status !== "not-export" && verdict.status !== "vehicle-direct") {
    lines.push("Records tried: none lists this destination");
  }
  for (const entry of verdict.tried) {
    const chosen = entry.record === verdict.record && verdict.tried.length > 1 ? " (closest)" : "";
    const why = entry.gaps.length > 0 ? entry.gaps.map((g) => gapDetail(g, entry.record)).join("; ") : "covers the flow";
    const filing = entry.filingReference ? `; ${describeFilingReference(entry.filingReference)}` : "";
    lines.push(`Record ${entry.record}${chosen}: ${why}${filing}`);
  }
  return lines;
}

/** " (filing reference X, the record id)" after the name of an E5–E7 record, so the reader knows what vdx took as its filing. */
function filingNote(filing: FilingReference | undefined, record: string | undefined): string {
  return filing && record !== undefined && filing.record === record ? ` (${describeFilingReference(filing)})` : "";
}
