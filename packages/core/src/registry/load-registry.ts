import { resolve } from "node:path";
import type { LoadOutcome } from "../model/diagnostics.js";
import type { AssessmentRegistry } from "../model/registry.js";
import { joinPointer, parsePositionedDocument, type InputError } from "../input/positioned-document.js";
import { readScannedFile } from "../input/read-scanned-file.js";
import { loadPublishedSchema } from "../input/published-schema.js";
import { validateAgainstSchema } from "../input/validate-against-schema.js";
import { normalizeRecord } from "./normalize-record.js";
import { registrySemanticErrors } from "./registry-checks.js";

/**
 * Loads `data-export-assessments.yaml` (or `.json`). Never throws: unreadable
 * files, parse errors, schema violations and semantic problems (a date that
 * does not exist, a duplicate id) come back in `errors` with file:line:column
 * and key. Unknown category ids are not errors here; `checkRegistryCategories`
 * reports them as findings once the rule pack is known.
 */
export function loadRegistry(file: string): LoadOutcome<AssessmentRegistry> {
  const path = resolve(file);
  const empty: AssessmentRegistry = { file: path, version: 1, records: [] };
  const read = readScannedFile(path, { maxBytes: 16 * 1024 * 1024 });
  if (read.kind !== "text") {
    return { value: empty, errors: [{ file: path, line: 1, column: 1, message: `cannot read the assessment registry: ${read.reason}` }], findings: [] };
  }
  const document = parsePositionedDocument(path, read.text);
  const errors: InputError[] = [...document.errors];
  if (document.errors.length === 0) {
    errors.push(...validateAgainstSchema(document, loadPublishedSchema("data-export-assessments.schema.json")));
    errors.push(...registrySemanticErrors(document.value, document));
  }
  errors.sort((a, b) => a.line - b.line || a.column - b.column);

  const raw = document.value;
  const entries = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>).assessments : undefined;
  const records = Array.isArray(entries)
    ? entries.map((entry: unknown, index) => normalizeRecord(entry, index, document.locate(joinPointer(["assessments", index]))))
    : [];
  return { value: { file: path, version: 1, records, document }, errors, findings: [] };
}
