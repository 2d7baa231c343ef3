import { relativeToRoot, type Evidence } from "@vdx/core";
import { cell, code, codeCell } from "./markdown-escape.js";
import { plural } from "./summary.js";
import type { ReportInput } from "./report-input.js";

type InventoryInput = Pick<ReportInput, "root" | "fields" | "flows" | "asOf" | "pack">;

/** contracts.md "Inventory JSON", exactly: `{ version: 1, fields: [...], flows: [...] }`. */
export function inventoryDocument(result: InventoryInput) {
  const rel = (file: string) => relativeToRoot(result.root, file);
  return {
    version: 1 as const,
    fields: result.fields.map((f) => ({
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

export function formatInventoryJson(result: InventoryInput): string {
  return JSON.stringify(inventoryDocument(result), null, 2) + "\n";
}

/** `annotation`, `signal:<which>` or `generated-from:<file>` (file relative to the scan root). */
export function evidenceText(evidence: Evidence, rel: (file: string) => string): string {
  switch (evidence.kind) {
    case "annotation":
      return "annotation";
    case "signal":
      return `signal:${evidence.which}`;
    case "generated-from":
      return `generated-from:${evidence.schema.startsWith("/") ? rel(evidence.schema) : evidence.schema}`;
  }
}

/** The export inventory as a document for the filing: flows first, then the classified fields. */
export function formatInventoryMarkdown(result: InventoryInput): string {
  const doc = inventoryDocument(result);
  const out = [
    "## Data export inventory",
    "",
    `Rule pack ${code(`${result.pack.id}@${result.pack.version}`)} · as of ${result.asOf} · ` +
      `${plural(doc.flows.length, "flow")} · ${plural(doc.fields.length, "classified field")}`,
    "",
    "### Flows",
    "",
  ];
  if (doc.flows.length === 0) out.push("No flows of classified data to a network sink were found.");
  else {
    out.push("| location | categories | destination | jurisdiction | behaviour | status | record |", "| --- | --- | --- | --- | --- | --- | --- |");
    for (const f of doc.flows) {
      out.push(
        `| ${codeCell(`${f.file}:${f.line}`)} | ${cell(f.categories.join(", "))} | ${codeCell(f.destination)} | ${f.jurisdiction} | ` +
          `${f.behaviour} | ${f.status} | ${cell(f.assessment ?? "—")} |`,
      );
    }
  }
  out.push("", "### Classified fields", "");
  if (doc.fields.length === 0) out.push("No classified fields were found.");
  else {
    out.push("| location | path | categories | evidence | confidence |", "| --- | --- | --- | --- | ---: |");
    for (const f of doc.fields) {
      const categories = f.categories.length > 0 ? cell(f.categories.join(", ")) : "none (reviewed)";
      out.push(`| ${codeCell(`${f.file}:${f.line}`)} | ${codeCell(f.path)} | ${categories} | ${cell(f.evidence)} | ${f.confidence.toFixed(2)} |`);
    }
  }
  return out.join("\n") + "\n";
}

const CSV_COLUMNS = [
  "kind", "file", "line", "path", "categories", "evidence", "confidence",
  "destination", "jurisdiction", "behaviour", "status", "assessment",
] as const;

/**
 * The inventory as one CSV (RFC 4180: CRLF line ends, fields quoted when they
 * hold a comma, quote or line break). `kind` is `flow` or `field`; list cells
 * join ids with `; `.
 */
export function formatInventoryCsv(result: InventoryInput): string {
  const doc = inventoryDocument(result);
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const f of doc.flows) {
    rows.push(["flow", f.file, String(f.line), "", f.categories.join("; "), "", "", f.destination, f.jurisdiction, f.behaviour, f.status, f.assessment ?? ""]);
  }
  for (const f of doc.fields) {
    rows.push(["field", f.file, String(f.line), f.path, f.categories.join("; "), f.evidence, String(f.confidence), "", "", "", "", ""]);
  }
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

