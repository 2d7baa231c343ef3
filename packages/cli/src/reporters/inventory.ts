import { evidenceText, relativeToRoot } from "@vdx/core";
import type { ReportInput } from "./report-input.js";

export type InventoryInput = Pick<ReportInput, "root" | "fields" | "flows" | "asOf" | "pack">;

export interface InventoryOptions {
  /**
   * Keep fields annotated `@vdx none` (reviewed, not export-relevant; they have
   * no categories). Off by default: the inventory lists what may leave.
   */
  includeReviewed?: boolean;
}

/** contracts.md "Inventory JSON", exactly: `{ version: 1, fields: [...], flows: [...] }`, files relative to the scan root. */
export function inventoryDocument(result: InventoryInput, options: InventoryOptions = {}) {
  const rel = (file: string) => relativeToRoot(result.root, file);
  const fields = options.includeReviewed ? result.fields : result.fields.filter((f) => f.categories.length > 0);
  return {
    version: 1 as const,
    fields: fields.map((f) => ({
      file: rel(f.location.file),
      line: f.location.line,
      path: f.path,
      categories: f.categories,
      evidence: evidenceText(f.evidence, rel),
      confidence: f.confidence,
    })),
    flows: result.flows.map((f) => ({
      file: rel(f.location.file),
      line: f.location.line,
      categories: f.categories,
      destination: f.destination,
      jurisdiction: f.jurisdiction,
      behaviour: f.behaviour,
      status: f.status,
      assessment: f.assessment ?? null,
    })),
  };
}

export type InventoryDocument = ReturnType<typeof inventoryDocument>;

export function formatInventoryJson(result: InventoryInput, options: InventoryOptions = {}): string {
  return JSON.stringify(inventoryDocument(result, options), null, 2) + "\n";
}


const CSV_COLUMNS = [
  "kind", "file", "line", "path", "categories", "evidence", "confidence",
  "destination", "jurisdiction", "behaviour", "status", "assessment",
] as const;

/**
 * The inventory as one CSV (RFC 4180: a header row, CRLF line ends, fields
 * quoted when they hold a comma, quote or line break, quotes doubled). `kind`
 * is `flow` or `field`; list cells join ids with `; `.
 */
export function formatInventoryCsv(result: InventoryInput, options: InventoryOptions = {}): string {
  const doc = inventoryDocument(result, options);
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const f of doc.flows) {
    rows.push(["flow", f.file, String(f.line), "", f.categories.join("; "), "", "", f.destination, f.jurisdiction, f.behaviour, f.status, f.assessment ?? ""]);
  }
  for (const f of doc.fields) {
    rows.push(["field", f.file, String(f.line), f.path, f.categories.join("; "), f.evidence, String(f.confidence), "", "", "", "", ""]);
  }
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
