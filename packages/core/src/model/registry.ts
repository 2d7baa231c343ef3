import type { PositionedDocument } from "./input-document.js";
import type { SourceLocation } from "./location.js";
import type { ExemptionId, Jurisdiction } from "./pack.js";

export type MechanismKind = "security-assessment" | "standard-contract" | "certification" | "exemption";

/** One record of `data-export-assessments.yaml`. Dates are `YYYY-MM-DD` strings (calendar dates, no time zone). */
export interface AssessmentRecord {
  id: string;
  mechanism: MechanismKind;
  exemption: ExemptionId | null;
  /** Filing reference with the competent department (required for E5–E7). */
  filingReference?: string | null;
  recipient: { name: string; country: Jurisdiction };
  destinations: string[];
  categories: string[];
  scale: { individuals?: number; sensitiveIndividuals?: number; vehicles?: number };
  mapApproval: string | null;
  validFrom: string;
  validUntil: string;
  /** E1: the country where the data was collected (must not be CN). */
  collectedIn?: Jurisdiction | null;
  /** E9: the pilot free-trade zone and the negative list the exported data was checked against. */
  freeTradeZone?: { zone: string; negativeList: string } | null;
  /** Behaviours the record covers; default all three. */
  behaviours?: ("push" | "remote-access" | "processing-abroad")[];
  definedAt?: SourceLocation;
}

export interface AssessmentRegistry {
  file?: string;
  version: 1;
  records: AssessmentRecord[];
  /** The parsed file, so later checks (category ids) can point at a line. */
  document?: PositionedDocument;
}
