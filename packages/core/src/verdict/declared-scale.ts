import type { AssessmentRecord, AssessmentRegistry } from "../model/registry.js";
import type { RulePack } from "../model/pack.js";
import { isInForce } from "./validity.js";

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

function recipientKey(record: AssessmentRecord): string {
  return `${record.recipient.name.trim().toLowerCase().replace(/\s+/g, " ")}|${record.recipient.country.toUpperCase()}`;
}

function sameExport(a: AssessmentRecord, b: AssessmentRecord): boolean {
  if (a.recipient.name.trim() !== "" && recipientKey(a) === recipientKey(b)) return true;
  const destinations = new Set(a.destinations.map((d) => d.toLowerCase()));
  return b.destinations.some((d) => destinations.has(d.toLowerCase()));
}

function contributes(record: AssessmentRecord): boolean {
  return record.mechanism !== "exemption" || record.exemption === "E8";
}

/** The records whose figures add to `record`'s (not including itself). */
export function relatedRecords(record: AssessmentRecord, context: ScaleContext): AssessmentRecord[] {
  const candidates = context.registry.records.filter((r) => r !== record && r.id !== record.id && contributes(r) && isInForce(r, context.asOf));
  const group: AssessmentRecord[] = [];
  const frontier: AssessmentRecord[] = [record];
  while (frontier.length > 0) {
    const current = frontier.pop()!;
    for (const candidate of candidates) {
      if (!group.includes(candidate) && sameExport(current, candidate)) {
        group.push(candidate);
        frontier.push(candidate);
      }
    }
  }
  return group;
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
