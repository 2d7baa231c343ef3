import type { Evidence } from "../model/schema-field.js";

/**
 * The inventory's `evidence` string (contracts.md): `annotation`,
 * `signal:<which>` or `generated-from:<file>`. `relative` turns an absolute
 * schema path into one relative to the scan root, for reports.
 */
export function evidenceText(evidence: Evidence, relative?: (file: string) => string): string {
  switch (evidence.kind) {
    case "annotation":
      return "annotation";
    case "signal":
      return `signal:${evidence.which}`;
    case "generated-from":
      return `generated-from:${relative && evidence.schema.startsWith("/") ? relative(evidence.schema) : evidence.schema}`;
  }
}
