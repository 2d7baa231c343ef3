import type { ExemptionId } from "../model/pack.js";
import type { AssessmentRecord, MechanismKind } from "../model/registry.js";
import type { SourceLocation } from "../model/location.js";
import { normaliseJurisdiction } from "../jurisdiction/domestic.js";

/**
 * One raw registry entry → `AssessmentRecord`. Tolerant: schema and semantic
 * errors are reported by the loader; here a value of the wrong type becomes
 * the most restrictive default (no destinations, no categories, no scale), so
 * a broken record can never cover more than it says.
 */

const MECHANISMS: readonly MechanismKind[] = ["security-assessment", "standard-contract", "certification", "exemption"];
const EXEMPTIONS: readonly ExemptionId[] = ["E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9"];
const BEHAVIOURS = ["push", "remote-access", "processing-abroad"] as const;

type RawMap = Record<string, unknown>;

function isMap(value: unknown): value is RawMap {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim()) : [];
}

function count(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
}

export function normalizeRecord(raw: unknown, index: number, definedAt: SourceLocation): AssessmentRecord {
  const source: RawMap = isMap(raw) ? raw : {};
  const recipient: RawMap = isMap(source.recipient) ? source.recipient : {};
  const scale: RawMap = isMap(source.scale) ? source.scale : {};
  const zone: RawMap | undefined = isMap(source.freeTradeZone) ? source.freeTradeZone : undefined;
  const mechanism = MECHANISMS.includes(source.mechanism as MechanismKind) ? (source.mechanism as MechanismKind) : "exemption";
  const exemption = EXEMPTIONS.includes(source.exemption as ExemptionId) ? (source.exemption as ExemptionId) : null;
  const behaviours = texts(source.behaviours).filter((b): b is (typeof BEHAVIOURS)[number] => (BEHAVIOURS as readonly string[]).includes(b));

  const record: AssessmentRecord = {
    id: text(source.id) ?? `assessments[${index}]`,
    mechanism,
    exemption,
    filingReference: text(source.filingReference) ?? null,
    recipient: { name: text(recipient.name) ?? "", country: normaliseJurisdiction(text(recipient.country) ?? "") },
    destinations: texts(source.destinations),
    categories: texts(source.categories),
    scale: {},
    mapApproval: text(source.mapApproval) ?? null,
    validFrom: text(source.validFrom) ?? "",
    validUntil: text(source.validUntil) ?? "",
    definedAt,
  };
  for (const figure of ["individuals", "sensitiveIndividuals", "vehicles"] as const) {
    const value = count(scale[figure]);
    if (value !== undefined) record.scale[figure] = value;
  }
  const collectedIn = text(source.collectedIn);
  if (collectedIn !== undefined) record.collectedIn = normaliseJurisdiction(collectedIn);
  if (zone && text(zone.zone) && text(zone.negativeList)) record.freeTradeZone = { zone: text(zone.zone)!, negativeList: text(zone.negativeList)! };
  if (behaviours.length > 0) record.behaviours = behaviours;
  return record;
}
