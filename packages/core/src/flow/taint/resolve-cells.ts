import type { RawFlow } from "./flow-types.js";
import { composeSteps } from "./substitute.js";
import { flatten, readField, withoutFields, type Label, type Taint } from "./taint.js";

/**
 * Replaces `cell` labels (reads of class fields and module variables) by
 * what was stored in those cells anywhere in the program; cells holding other
 * cells are followed, cycles cut.
 */
export function resolveCells(flows: readonly RawFlow[], cells: ReadonlyMap<string, Taint>): RawFlow[] {
  const out: RawFlow[] = [];
  const seen = new Set<string>();
  for (const flow of flows) {
    for (const label of expand(flow.label, cells, new Set())) {
      const key = `${flow.location.file}:${flow.location.line}:${flow.location.column}|${flow.sink.model.id}|${label.origin.id}|${JSON.stringify(flow.destination.kind === "known" ? flow.destination.value : flow.destination.kind)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...flow, label });
    }
  }
  return out;
}

function expand(label: Label, cells: ReadonlyMap<string, Taint>, visiting: Set<string>): (Label & { kind: "origin" })[] {
  if (label.kind === "origin") return [label];
  if (label.kind !== "cell" || visiting.has(label.cell)) return [];
  const stored = cells.get(label.cell);
  if (!stored) return [];
  visiting.add(label.cell);
  let value = stored;
  for (const name of label.access) value = readField(value, name);
  if (label.except) value = withoutFields(value, label.except);
  const result: (Label & { kind: "origin" })[] = [];
  for (const inner of flatten(value).labels) {
    for (const origin of expand(inner, cells, visiting)) result.push(composeSteps(origin, label) as Label & { kind: "origin" });
  }
  visiting.delete(label.cell);
  return result;
}
