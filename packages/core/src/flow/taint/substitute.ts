import type { FlowStep } from "../../model/finding.js";
import { EMPTY, pushStep, readField, union, isEmpty, withoutFields, type Label, type StepList, type Taint } from "./taint.js";

/**
 * Replaces a callee's `param` labels by what the caller passes. The caller's
 * labels keep their own path, then the step at the call, then the callee's
 * path from its parameter onwards; removed categories accumulate.
 */
export function substitute(taint: Taint, args: readonly Taint[], atCall: FlowStep | undefined): Taint {
  if (isEmpty(taint)) return taint;
  let result: Taint = { labels: [] };
  const kept: Label[] = [];
  for (const label of taint.labels) {
    if (label.kind !== "param") {
      kept.push(label);
      continue;
    }
    let value = args[label.index] ?? EMPTY;
    for (const name of label.access) value = readField(value, name);
    if (label.except) value = withoutFields(value, label.except);
    result = union(result, composeAll(value, label, atCall));
  }
  result = union(result, { labels: kept });
  if (taint.fields) {
    const fields = new Map<string, Taint>();
    for (const [name, value] of taint.fields) {
      const substituted = substitute(value, args, atCall);
      if (!isEmpty(substituted)) fields.set(name, substituted);
    }
    if (fields.size > 0) result = union(result, { labels: [], fields });
  }
  return result;
}

function composeAll(value: Taint, inner: Label, atCall: FlowStep | undefined): Taint {
  const labels = value.labels.map((outer) => composeSteps(outer, inner, atCall));
  if (!value.fields) return { labels };
  const fields = new Map<string, Taint>();
  for (const [name, field] of value.fields) fields.set(name, composeAll(field, inner, atCall));
  return { labels, fields };
}

/** `outer`'s path, then the step at the call (if any), then `inner`'s path; removed categories accumulate. */
export function composeSteps(outer: Label, inner: Label, atCall?: FlowStep): Label {
  let steps: StepList | undefined = outer.steps;
  if (atCall) steps = pushStep(steps, atCall);
  for (const step of stepsOldestFirst(inner.steps)) steps = pushStep(steps, step);
  const removed = [...new Set([...(outer.removed ?? []), ...(inner.removed ?? [])])];
  return removed.length > 0 ? { ...outer, steps, removed } : { ...outer, steps };
}

function stepsOldestFirst(list: StepList | undefined): FlowStep[] {
  const steps: FlowStep[] = [];
  for (let node = list; node; node = node.previous) steps.push(node.step);
  return steps.reverse();
}

/** Splits a taint into what is known now (origins, cells) and what depends on the caller (params). */
export function splitSymbolic(taint: Taint): { concrete: Taint; symbolic: Taint } {
  const concreteLabels = taint.labels.filter((l) => l.kind !== "param");
  const symbolicLabels = taint.labels.filter((l) => l.kind === "param");
  let concrete: Taint = { labels: concreteLabels };
  let symbolic: Taint = { labels: symbolicLabels };
  if (taint.fields) {
    const concreteFields = new Map<string, Taint>();
    const symbolicFields = new Map<string, Taint>();
    for (const [name, value] of taint.fields) {
      const split = splitSymbolic(value);
      if (!isEmpty(split.concrete)) concreteFields.set(name, split.concrete);
      if (!isEmpty(split.symbolic)) symbolicFields.set(name, split.symbolic);
    }
    if (concreteFields.size > 0) concrete = { labels: concreteLabels, fields: concreteFields };
    if (symbolicFields.size > 0) symbolic = { labels: symbolicLabels, fields: symbolicFields };
  }
  return { concrete, symbolic };
}
