import type { Finding } from "../model/finding.js";
import type { ClassifiedField } from "../model/schema-field.js";
import { touchesChange, type ChangedLines } from "./changed-lines.js";
import type { InventoryFlow } from "./types.js";

/**
 * Whether a finding is part of a pull request's change: it sits on a changed line, or its flow does —
 * where the data is classified, any step it takes, the sink, or where the destination comes from.
 */
function findingTouchesChange(finding: Finding, changes: ChangedLines): boolean {
  if (touchesChange(changes, finding.location.file, finding.location.line)) return true;
  return (finding.flow ?? []).some((step) => touchesChange(changes, step.location.file, step.location.line));
}

export interface DiffFiltered {
  findings: Finding[];
  fields: ClassifiedField[];
  flows: InventoryFlow[];
  /** Findings analysed but left out. */
  left: number;
}

/**
 * PR mode's view of a scan: the findings that touch the change, the classified fields on changed
 * lines, and the inventory flows reported on a changed line or behind a finding that is kept.
 */
export function filterByChange(
  findings: readonly Finding[],
  fields: readonly ClassifiedField[],
  flows: readonly InventoryFlow[],
  changes: ChangedLines,
): DiffFiltered {
  const kept = findings.filter((finding) => findingTouchesChange(finding, changes));
  const behindKept = new Set(kept.filter((f) => f.export).map((f) => flowKey(f.location.file, f.location.line, f.location.column, f.export!.destination)));
  return {
    findings: kept,
    fields: fields.filter((field) => touchesChange(changes, field.location.file, field.location.line)),
    flows: flows.filter(
      (flow) =>
        touchesChange(changes, flow.location.file, flow.location.line) ||
        behindKept.has(flowKey(flow.location.file, flow.location.line, flow.location.column, flow.destination)),
    ),
    left: findings.length - kept.length,
  };
}

function flowKey(file: string, line: number, column: number, destination: string): string {
  return `${file}:${line}:${column}|${destination}`;
}
