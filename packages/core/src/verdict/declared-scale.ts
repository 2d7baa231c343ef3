import type { AssessmentRecord, AssessmentRegistry } from "../model/registry.js";
import type { RulePack } from "../model/pack.js";
import { isInForce } from "./validity.js";
import { normaliseJurisdiction } from "../jurisdiction/index.js";

/**
 * The people counts a record is judged by. Quantities may not be split to
 * dodge a threshold, so a record's declared figures are added to those of
 * every other record *in force on the scan date* that belongs to the same
 * export: same recipient (name and country), or a destination pattern in
 * common, transitively. Only records that list PI categories contribute (a
 * record for design data has no people to add), and exemption records other
 * than E8 do not (PI exported under E1–E7/E9 does not count towards the
 * thresholds). A figure that the judged record, or a contributing record,
 * does not declare makes the total undeclared: take the higher level.
 */
export interface DeclaredScale {
  individuals?: number;
  sensitiveIndividuals?: number;
  /** Ids of the other records whose figures were added. */
  addedFrom: string[];
  /** Which record lacks a figure, when the total is undeclared. */
  individualsMissingIn?: string;
  sensitiveMissingIn?: string;
  /**
   * No sensitive figure was declared but the total of people was: nobody's
   * sensitive PI can belong to more people than that, so the total is the
   * higher level (`sensitiveIndividuals` then equals `individuals`).
   */
  sensitiveBoundedByIndividuals?: boolean;
}

function boundSensitive(scale: DeclaredScale): DeclaredScale {
  if (scale.sensitiveIndividuals !== undefined || scale.individuals === undefined) return scale;
  const { sensitiveMissingIn: _unused, ...rest } = scale;
  return { ...rest, sensitiveIndividuals: scale.individuals, sensitiveBoundedByIndividuals: true };
}

export interface ScaleContext {
  registry: AssessmentRegistry;
  pack: RulePack;
  asOf: string;
}

function recipientKey(record: AssessmentRecord): string | undefined {
  if (record.recipient.name.trim() === "") return undefined;
  return `${record.recipient.name.trim().toLowerCase().replace(/\s+/g, " ")}|${normaliseJurisdiction(record.recipient.country)}`;
}

function contributes(record: AssessmentRecord): boolean {
  return record.mechanism !== "exemption" || record.exemption === "E8";
}

/**
 * The records that may add people on one scan date, grouped into exports
 * (connected by a shared recipient or destination). Built once per registry
 * and date: judging every flow against every record must stay cheap.
 */
interface ScaleIndex {
  byRecipient: Map<string, AssessmentRecord[]>;
  byDestination: Map<string, AssessmentRecord[]>;
  componentOf: Map<AssessmentRecord, AssessmentRecord[]>;
}

const indexes = new WeakMap<AssessmentRegistry, Map<string, ScaleIndex>>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function scaleIndex(registry: AssessmentRegistry, asOf: string): ScaleIndex {
  let byDate = indexes.get(registry);
  if (!byDate) indexes.set(registry, (byDate = new Map<string, ScaleIndex>()));
  const cached = byDate.get(asOf);
  if (cached) return cached;

  const eligible = registry.records.filter((r) => contributes(r) && isInForce(r, asOf));
  const index: ScaleIndex = { byRecipient: new Map(), byDestination: new Map(), componentOf: new Map() };
  for (const record of eligible) {
    const key = recipientKey(record);
    if (key !== undefined) push(index.byRecipient, key, record);
    for (const destination of new Set(record.destinations.map((d) => d.toLowerCase()))) push(index.byDestination, destination, record);
  }
  // Union-find over "same recipient or same destination".
  const parent = new Map<AssessmentRecord, AssessmentRecord>(eligible.map((r) => [r, r]));
  const find = (r: AssessmentRecord): AssessmentRecord => {
    let root = r;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(r, root);
    return root;
  };
  for (const group of [...index.byRecipient.values(), ...index.byDestination.values()]) {
    for (const member of group.slice(1)) parent.set(find(member), find(group[0]!));
  }
  const components = new Map<AssessmentRecord, AssessmentRecord[]>();
  for (const record of eligible) push(components, find(record), record);
  for (const record of eligible) index.componentOf.set(record, components.get(find(record))!);
  byDate.set(asOf, index);
  return index;
}

/**
 * The records whose figures add to `record`'s (not including itself): every
 * record in force and contributing that shares its recipient or a destination
 * with it, directly or through other such records. Cached per registry object
 * and scan date, so a registry must not be mutated once evaluation starts.
 */
function relatedRecords(record: AssessmentRecord, context: ScaleContext): AssessmentRecord[] {
  const index = scaleIndex(context.registry, context.asOf);
  const direct = [
    ...(index.byRecipient.get(recipientKey(record) ?? "") ?? []),
    ...record.destinations.flatMap((d) => index.byDestination.get(d.toLowerCase()) ?? []),
  ];
  const related = new Set<AssessmentRecord>();
  for (const neighbour of direct) for (const member of index.componentOf.get(neighbour) ?? []) related.add(member);
  // Registry order keeps messages deterministic.
  return context.registry.records.filter((r) => r !== record && r.id !== record.id && related.has(r));
}

export function declaredScale(record: AssessmentRecord, context: ScaleContext): DeclaredScale {
  const kinds = (r: AssessmentRecord) => new Set(r.categories.map((id) => context.pack.categories.get(id)?.kind));
  const result: DeclaredScale = { addedFrom: [] };
  let individuals: number | undefined = record.scale.individuals;
  let sensitive: number | undefined = record.scale.sensitiveIndividuals;
  if (individuals === undefined) result.individualsMissingIn = record.id;
  if (sensitive === undefined) result.sensitiveMissingIn = record.id;
  for (const other of relatedRecords(record, context)) {
    const otherKinds = kinds(other);
    const listsPi = otherKinds.has("pi") || otherKinds.has("pi-sensitive");
    if (!listsPi) continue;
    result.addedFrom.push(other.id);
    if (other.scale.individuals === undefined) result.individualsMissingIn ??= other.id;
    else if (individuals !== undefined) individuals += other.scale.individuals;
    if (otherKinds.has("pi-sensitive")) {
      if (other.scale.sensitiveIndividuals === undefined) result.sensitiveMissingIn ??= other.id;
      else if (sensitive !== undefined) sensitive += other.scale.sensitiveIndividuals;
    }
  }
  if (result.individualsMissingIn === undefined && individuals !== undefined) result.individuals = individuals;
  if (result.sensitiveMissingIn === undefined && sensitive !== undefined) result.sensitiveIndividuals = sensitive;
  return boundSensitive(result);
}

/** The record's own figures, without related records (to tell "too weak" from "split"). */
export function ownScale(record: AssessmentRecord): DeclaredScale {
  return boundSensitive({
    ...(record.scale.individuals !== undefined ? { individuals: record.scale.individuals } : { individualsMissingIn: record.id }),
    ...(record.scale.sensitiveIndividuals !== undefined ? { sensitiveIndividuals: record.scale.sensitiveIndividuals } : { sensitiveMissingIn: record.id }),
    addedFrom: [],
  });
}
