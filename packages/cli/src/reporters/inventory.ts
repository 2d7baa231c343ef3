import { evidenceText, relativeToRoot, type AssessmentRecord, type DiffFilter, type HostMapping, type RulePack } from "@vdx/core";
import type { ReportInput } from "./report-input.js";
import { flowFacts, placementOf, recipientGroups, statusCounts, STATUSES, type RecordFacts } from "./inventory-facts.js";

/**
 * What the inventory is made of. A `ScanResult` is one; with a registry, the config's hosts and the
 * pack's destination table it also names each flow's recipient (without them, the destination host).
 */
export type InventoryInput = Pick<ReportInput, "root" | "fields" | "flows" | "asOf"> & {
  pack: { id: string; version: string } & Partial<Pick<RulePack, "destinations">>;
  registry?: { records: readonly AssessmentRecord[] };
  config?: { hosts: readonly HostMapping[] };
  diffFilter?: DiffFilter;
};

export interface InventoryOptions {
  /**
   * Keep fields annotated `@vdx none` (reviewed, not export-relevant; they have
   * no categories). Off by default: the inventory lists what may leave.
   */
  includeReviewed?: boolean;
}

/**
 * contracts.md "Inventory JSON" — `{ version: 1, fields: [...], flows: [...] }`, files relative to the
 * scan root — with the filing draft's facts added (never in place of the contract's): each flow's
 * `recipient` and sending `service`, the `recipients` grouped by jurisdiction with the records judged
 * (validity on the scan date, declared scale), a `summary` of flows by status, and PR mode's `diffFilter`.
 */
export function inventoryDocument(result: InventoryInput, options: InventoryOptions = {}) {
  const rel = (file: string) => relativeToRoot(result.root, file);
  const fields = options.includeReviewed ? result.fields : result.fields.filter((f) => f.categories.length > 0);
  const facts = flowFacts({
    root: result.root,
    asOf: result.asOf,
    flows: result.flows,
    ...(result.registry ? { registry: result.registry } : {}),
    ...(result.config ? { hosts: result.config.hosts } : {}),
    ...(result.pack.destinations ? { pack: { destinations: result.pack.destinations } } : {}),
  });
  const counts = statusCounts(result.flows);
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
    flows: facts.map(({ flow: f, recipient, service }) => ({
      file: rel(f.location.file),
      line: f.location.line,
      categories: f.categories,
      destination: f.destination,
      jurisdiction: f.jurisdiction,
      behaviour: f.behaviour,
      status: f.status,
      assessment: f.assessment ?? null,
      recipient: { ...recipient },
      service,
    })),
    summary: {
      flows: result.flows.length,
      abroad: result.flows.filter((f) => placementOf(f.jurisdiction) === "abroad").length,
      unresolved: result.flows.filter((f) => placementOf(f.jurisdiction) === "unknown").length,
      domestic: result.flows.filter((f) => placementOf(f.jurisdiction) === "domestic").length,
      byStatus: Object.fromEntries(STATUSES.map((status) => [status, counts[status].abroad + counts[status].unknown + counts[status].domestic])),
      fields: fields.length,
      ...(result.diffFilter ? { diffFilter: { ...result.diffFilter } } : {}),
    },
    recipients: recipientGroups(facts).map((group) => ({
      jurisdiction: group.jurisdiction,
      name: group.recipient.name,
      country: group.recipient.country,
      source: group.recipient.source,
      records: group.records.map(recordJson),
      flows: group.flows.length,
      categories: [...new Set(group.flows.flatMap((f) => f.flow.categories))].sort(),
      destinations: [...new Set(group.flows.map((f) => f.flow.destination))].sort(),
      byStatus: Object.fromEntries(
        STATUSES.flatMap((status) => {
          const n = group.flows.filter((f) => f.flow.status === status).length;
          return n > 0 ? [[status, n]] : [];
        }),
      ),
    })),
  };
}

function recordJson(record: RecordFacts) {
  return {
    id: record.id,
    mechanism: record.mechanism,
    validFrom: record.validFrom,
    validUntil: record.validUntil,
    validity: record.validity,
    scale: { ...record.scale },
  };
}

export type InventoryDocument = ReturnType<typeof inventoryDocument>;

export function formatInventoryJson(result: InventoryInput, options: InventoryOptions = {}): string {
  return JSON.stringify(inventoryDocument(result, options), null, 2) + "\n";
}

const CSV_COLUMNS = [
  "kind",
  "file",
  "line",
  "path",
  "categories",
  "evidence",
  "confidence",
  "destination",
  "jurisdiction",
  "behaviour",
  "status",
  "assessment",
  // Added for the filing draft (after the original columns, so readers by position keep working).
  "recipient",
  "recipient_country",
  "recipient_source",
  "service",
  "record_mechanism",
  "record_valid_from",
  "record_valid_until",
  "record_validity",
  "declared_scale",
] as const;

/**
 * The inventory as one CSV (RFC 4180: a header row, CRLF line ends, fields
 * quoted when they hold a comma, quote or line break, quotes doubled). `kind`
 * is `flow` or `field`; list cells join ids with `; `.
 */
export function formatInventoryCsv(result: InventoryInput, options: InventoryOptions = {}): string {
  const doc = inventoryDocument(result, options);
  const rows: string[][] = [[...CSV_COLUMNS]];
  const records = new Map(doc.recipients.flatMap((r) => r.records).map((record) => [record.id, record]));
  for (const f of doc.flows) {
    const record = f.assessment !== null ? records.get(f.assessment) : undefined;
    rows.push([
      "flow",
      f.file,
      String(f.line),
      "",
      f.categories.join("; "),
      "",
      "",
      f.destination,
      f.jurisdiction,
      f.behaviour,
      f.status,
      f.assessment ?? "",
      f.recipient.name,
      f.recipient.country,
      f.recipient.source,
      f.service,
      record?.mechanism ?? "",
      record?.validFrom ?? "",
      record?.validUntil ?? "",
      record?.validity ?? "",
      record ? scaleText(record.scale) : "",
    ]);
  }
  for (const f of doc.fields) {
    rows.push([
      "field",
      f.file,
      String(f.line),
      f.path,
      f.categories.join("; "),
      f.evidence,
      String(f.confidence),
      ...Array<string>(CSV_COLUMNS.length - 7).fill(""),
    ]);
  }
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** A record's declared scale: `individuals 250,000; sensitive individuals 0; vehicles 250,000`. */
export function scaleText(scale: RecordFacts["scale"]): string {
  const parts: string[] = [];
  if (scale.individuals !== undefined) parts.push(`individuals ${scale.individuals.toLocaleString("en-US")}`);
  if (scale.sensitiveIndividuals !== undefined) parts.push(`sensitive individuals ${scale.sensitiveIndividuals.toLocaleString("en-US")}`);
  if (scale.vehicles !== undefined) parts.push(`vehicles ${scale.vehicles.toLocaleString("en-US")}`);
  return parts.length > 0 ? parts.join("; ") : "not declared";
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
