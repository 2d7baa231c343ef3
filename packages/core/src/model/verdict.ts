import type { Behaviour } from "./finding.js";
import type { Jurisdiction } from "./pack.js";
import type { SourceLocation } from "./location.js";

/** The flow the adequacy evaluator judges. */
export interface FlowFacts {
  categories: string[];
  /** Resolved destination: host, URL or `s3://bucket`. */
  destination: string;
  jurisdiction: Jurisdiction;
  behaviour: Behaviour;
  location: SourceLocation;
  /** True when the code is under `vehicleSide`. */
  vehicleSide: boolean;
  /** A record cited next to the sink (`// vdx-assessment: ID`). */
  citedRecord?: string;
}

export type GapKind =
  | "no-record"
  | "record-not-found" // cited id does not exist
  | "record-not-yet-valid"
  | "record-expired"
  | "category-missing"
  | "destination-missing"
  | "behaviour-missing"
  | "mechanism-too-weak"
  | "scale-exceeds-declared"
  | "map-approval-missing"
  | "exemption-not-applicable"
  | "filing-reference-missing"
  | "vehicle-side";

export interface Gap {
  kind: GapKind;
  /** Record the gap belongs to (absent for no-record / vehicle-side). */
  record?: string;
  /** Categories concerned. */
  categories?: string[];
  message: string;
}

export type VerdictStatus = "covered" | "not-export" | "gap" | "expired" | "inadequate" | "vehicle-direct";

/** The strongest mechanism a flow needs, weakest first. */
export type RequirementLevel = "none" | "exempt" | "contract-or-certification" | "security-assessment";

/** Why a flow needs what it needs (computed against the declared scale of the record judged, if any). */
export interface Requirement {
  level: RequirementLevel;
  /** Each reason with the level it calls for ("sensitive PI of ≥ 10,000 people (declared 25,000)"). */
  reasons: { level: RequirementLevel; categories: string[]; text: string }[];
  /** Surveying-authority approval needed, and for which categories. */
  mapApproval: { required: boolean; categories: string[] };
}

/**
 * The prior-filing reference an E5–E7 exemption record stands on: its `filingReference`, else its
 * `id` (contracts.md: the id is the approval / filing / contract reference).
 */
export interface FilingReference {
  record: string;
  reference: string;
  source: "filingReference" | "id";
}

export interface Verdict {
  status: VerdictStatus;
  /** The record that covers the flow, or the best candidate that was considered. */
  record?: string;
  /** Required mechanism for the flow, for messages ("security assessment"). */
  required: string;
  gaps: Gap[];
  /** Every record tried and why it failed, for `vdx explain`. */
  tried: { record: string; gaps: Gap[]; filingReference?: FilingReference }[];
  /** For an E5–E7 record chosen above: the filing reference it stands on, and which field gave it. */
  filingReference?: FilingReference;
  /** Structured form of `required`. */
  requirement?: Requirement;
}
