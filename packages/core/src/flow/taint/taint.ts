import type { FlowStep } from "../../model/finding.js";
import type { SourceLocation } from "../../model/location.js";

/** Where classified data comes from: a classified field, an annotation, a VSS signal read. */
export interface Origin {
  /** Stable identity (dedupe key): `field:<path>` or `signal:<path>@file:line:col`. */
  id: string;
  categories: readonly string[];
  /** `Trip.lat`, `Vehicle.CurrentLocation.Latitude`. */
  path: string;
  /** `annotation`, `signal:<which>`, `generated-from:<file>`. */
  evidence: string;
  location: SourceLocation;
  /** The classification step ("field Trip.lat classified … by annotation"). */
  step: FlowStep;
}

/**
 * The steps a value took, newest first, as a persistent list: appending is
 * O(1) and shares the tail, so long propagation chains cost no copies.
 */
export interface StepList {
  step: FlowStep;
  previous: StepList | undefined;
  length: number;
}

export function pushStep(list: StepList | undefined, step: FlowStep): StepList {
  // Long chains add nothing a reader can use; keep the oldest (classification) and newest steps.
  if (list && list.length >= 40) return { step, previous: list.previous, length: list.length };
  return { step, previous: list, length: (list?.length ?? 0) + 1 };
}

export function stepsOf(list: StepList | undefined): FlowStep[] {
  const steps: FlowStep[] = [];
  for (let node = list; node; node = node.previous) steps.push(node.step);
  return steps.reverse();
}

/**
 * One reason a value is tainted.
 * - `origin`: concrete classified data.
 * - `param`: symbolic — "whatever the caller passes as argument `index`, at `access`"; replaced at each call.
 * - `cell`: symbolic — "whatever is stored in this class field / module variable"; resolved after the whole analysis.
 * Categories removed by a sanitizer on the way travel with the label.
 */
export type Label =
  | { kind: "origin"; origin: Origin; steps: StepList | undefined; removed?: readonly string[]; keyedBy?: string }
  | { kind: "param"; index: number; access: readonly string[]; steps: StepList | undefined; removed?: readonly string[]; except?: readonly string[] }
  | { kind: "cell"; cell: string; access: readonly string[]; steps: StepList | undefined; removed?: readonly string[]; except?: readonly string[] };
// `except`: properties overwritten after a spread (`{ ...clip, frame: blur(clip.frame) }`): what the
// caller passes is taken without them.
// `keyedBy`: the origin is the entry of that key in a value keyed by signal path (a batch read
// `getCurrentValues([VIN, LAT])`): reading that key gives only this origin, reading another known key
// of the same value gives none of it, and reading anything else (`.value`, a dynamic key) gives it all.

/**
 * The abstract value of an expression: `labels` taint the value as a whole
 * (any part read from it carries them); `fields` taint single properties, so
 * that `{ id: trip.id }` carries only what `trip.id` carries.
 * Arrays are collapsed onto their elements.
 */
export interface Taint {
  labels: readonly Label[];
  fields?: ReadonlyMap<string, Taint>;
}

export const EMPTY: Taint = { labels: [] };

export function labelKey(label: Label): string {
  const removed = label.removed && label.removed.length > 0 ? `-${[...label.removed].sort().join(",")}` : "";
  const except = label.kind !== "origin" && label.except && label.except.length > 0 ? `/${[...label.except].sort().join(",")}` : "";
  switch (label.kind) {
    case "origin":
      return `o:${label.origin.id}${removed}${label.keyedBy !== undefined ? `@${label.keyedBy}` : ""}`;
    case "param":
      return `p:${label.index}:${label.access.join(".")}${removed}${except}`;
    case "cell":
      return `c:${label.cell}:${label.access.join(".")}${removed}${except}`;
  }
}

export function isEmpty(taint: Taint): boolean {
  if (taint.labels.length > 0) return false;
  if (!taint.fields) return true;
  for (const field of taint.fields.values()) if (!isEmpty(field)) return false;
  return true;
}

/** Whether concrete classified data (not only symbolic placeholders) is in a value. */
export function hasOrigin(taint: Taint): boolean {
  if (taint.labels.some((l) => l.kind === "origin")) return true;
  for (const field of taint.fields?.values() ?? []) if (hasOrigin(field)) return true;
  return false;
}

/**
 * How deep per-property taints go: `a.b.c.d.e` is told apart from `a.b.c.d.f`, deeper properties share
 * what their ancestor at this depth holds. Every value built is kept within it (object literals, property
 * writes, unions), so that a value's size never grows with the length of a chain of assignments
 * (`const d1 = { x: d0 }; const d2 = { x: d1 }; …`) and each step costs the same.
 */
const MAX_FIELD_DEPTH = 5;

/**
 * Labels handled by the operations of this module since the process started: a measure of the taint
 * engine's work that tests compare across input sizes (linear, not quadratic) and the engine budgets.
 */
let labelWork = 0;

export function taintWork(): number {
  return labelWork;
}

/** Union of two taints; keeps the first path seen for a label (shortest chains come first in practice). */
export function union(a: Taint, b: Taint, depth = 0): Taint {
  if (a === b || isEmpty(b)) return a;
  if (isEmpty(a)) return depth === 0 ? withinFieldDepth(b, MAX_FIELD_DEPTH) : b;
  labelWork += a.labels.length + b.labels.length;
  let labels = a.labels;
  if (b.labels.length > 0) {
    const seen = new Set(a.labels.map(labelKey));
    const added = b.labels.filter((l) => !seen.has(labelKey(l)));
    if (added.length > 0) labels = [...a.labels, ...added];
  }
  let fields = a.fields;
  if (b.fields && b.fields.size > 0) {
    if (depth >= MAX_FIELD_DEPTH) return { labels: dedupe([...labels, ...flatten(b).labels]) };
    const merged = new Map(a.fields ?? []);
    for (const [name, value] of b.fields) {
      const current = merged.get(name);
      merged.set(name, current ? union(current, value, depth + 1) : value);
    }
    fields = merged;
  }
  return fields ? { labels, fields } : { labels };
}

export function unionAll(taints: readonly Taint[]): Taint {
  let result = EMPTY;
  for (const taint of taints) result = union(result, taint);
  return result;
}

/** Reading property `name`: what the property holds plus what taints the whole value. */
export function readField(taint: Taint, name: string): Taint {
  const field = taint.fields?.get(name);
  const keyed = taint.labels.some((l) => l.kind === "origin" && l.keyedBy === name);
  const kept = taint.labels.filter((l) => (l.kind === "origin" ? !keyed || l.keyedBy === undefined || l.keyedBy === name : !l.except?.includes(name)));
  const whole: Taint = { labels: kept.map((l) => accessLabel(l, name)) };
  return field ? union(field, whole) : whole;
}

/** Whether some origin of the value is the entry of key `name` (a path of a batch signal read). */
export function hasKeyedEntry(taint: Taint, name: string): boolean {
  return taint.labels.some((l) => l.kind === "origin" && l.keyedBy === name);
}

/** Symbolic labels remember the access so the caller's argument can be read at the same path. */
function accessLabel(label: Label, name: string): Label {
  if (label.kind === "origin") {
    if (label.keyedBy !== name) return label;
    const { keyedBy: _keyedBy, ...entry } = label;
    return entry;
  }
  const { except: _except, ...rest } = label;
  return { ...rest, access: [...label.access, name] };
}

/** The taint without some properties (what a spread contributes when later keys overwrite them). */
export function withoutFields(taint: Taint, names: readonly string[]): Taint {
  if (!taint.fields || names.length === 0) return taint;
  const fields = new Map(taint.fields);
  for (const name of names) fields.delete(name);
  return { labels: taint.labels, fields };
}

export function withField(taint: Taint, name: string, value: Taint): Taint {
  const fields = new Map(taint.fields ?? []);
  const current = fields.get(name);
  fields.set(name, withinFieldDepth(current ? union(current, value) : value, MAX_FIELD_DEPTH - 1));
  return { labels: taint.labels, fields };
}

/** A value to be stored as property `name` of an object: kept within the field depth once nested. */
export function asProperty(value: Taint): Taint {
  return withinFieldDepth(value, MAX_FIELD_DEPTH - 1);
}

const fieldDepths = new WeakMap<Taint, number>();

/** How many levels of per-property taints a value has (0: none), remembered per value object. */
function fieldDepthOf(taint: Taint): number {
  if (!taint.fields || taint.fields.size === 0) return 0;
  let depth = fieldDepths.get(taint);
  if (depth === undefined) {
    depth = 0;
    for (const field of taint.fields.values()) depth = Math.max(depth, fieldDepthOf(field));
    fieldDepths.set(taint, ++depth);
  }
  return depth;
}

/** The value with its per-property taints below `depth` levels folded into the property at that level. */
function withinFieldDepth(taint: Taint, depth: number): Taint {
  if (fieldDepthOf(taint) <= depth) return taint;
  if (depth <= 0) return flatten(taint);
  const fields = new Map<string, Taint>();
  for (const [name, field] of taint.fields!) fields.set(name, withinFieldDepth(field, depth - 1));
  return { labels: taint.labels, fields };
}

/** Everything a value carries, structure dropped: what is sent when the whole value is serialised. */
export function flatten(taint: Taint): Taint {
  if (!taint.fields || taint.fields.size === 0) return taint.fields ? { labels: taint.labels } : taint;
  labelWork += taint.labels.length;
  const labels: Label[] = [...taint.labels];
  for (const field of taint.fields.values()) labels.push(...flatten(field).labels);
  return { labels: dedupe(labels) };
}

export function mapLabels(taint: Taint, map: (label: Label) => Label): Taint {
  labelWork += taint.labels.length;
  const labels = taint.labels.map(map);
  if (!taint.fields) return { labels };
  const fields = new Map<string, Taint>();
  for (const [name, value] of taint.fields) fields.set(name, mapLabels(value, map));
  return { labels, fields };
}

/** Adds a step to every label's path ("passed to sendTrip(trip) as `data`"). */
export function withStep(taint: Taint, step: FlowStep): Taint {
  if (isEmpty(taint)) return taint;
  return mapLabels(taint, (l) => ({ ...l, steps: pushStep(l.steps, step) }));
}

/** Number of labels at every depth: grows monotonically, used to detect a fixpoint. */
export function weight(taint: Taint): number {
  let total = taint.labels.length;
  if (taint.fields) for (const field of taint.fields.values()) total += 1 + weight(field);
  return total;
}

function dedupe(labels: readonly Label[]): Label[] {
  const seen = new Set<string>();
  const out: Label[] = [];
  for (const label of labels) {
    const key = labelKey(label);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(label);
    }
  }
  return out;
}

/** Categories a concrete label still carries after sanitizers. */
export function labelCategories(label: Label & { kind: "origin" }): string[] {
  const removed = new Set(label.removed ?? []);
  return label.origin.categories.filter((c) => !removed.has(c));
}
