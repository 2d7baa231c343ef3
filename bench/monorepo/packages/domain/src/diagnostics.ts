import type { GeoFix } from "./position.js";
import type { Vin } from "./vehicle.js";

export interface DtcReport {
  /** @vdx none */
  reportId: string;
  vin: Vin;
  /** @vdx ota.ecu-aftersales */
  dtcCodes: string[];
  /** @vdx ota.ecu-aftersales */
  ecuAddress: string;
  /** @vdx conn.operating-condition */
  odometerKm: number;
  /** @vdx none */
  capturedAt: string;
  /** @vdx none */
  market: "cn" | "eu" | "sea";
}

export interface FreezeFrame {
  /** @vdx none */
  reportId: string;
  vin: Vin;
  /** @vdx conn.operating-condition */
  signals: Record<string, number>;
  position: GeoFix;
}

/** Supplier-facing issue: DTC pattern and mileage of one vehicle. */
export interface FieldIssue {
  /** @vdx none */
  issueId: string;
  vin: Vin;
  /** @vdx ota.ecu-aftersales */
  dtcCodes: string[];
  /** @vdx conn.operating-condition */
  mileageKm: number;
  /** @vdx none */
  description: string;
}

/**
 * Catalogue text of a trouble code (engineering documentation).
 * @vdx none
 */
export interface DtcDescription {
  code: string;
  title: string;
  severity: "info" | "warning" | "critical";
}

export interface VulnerabilityReport {
  /** @vdx none */
  reportId: string;
  /** @vdx sec.vulnerability */
  cveIds: string[];
  /** @vdx sec.vulnerability */
  affectedEcu: string;
  /** @vdx sec.vulnerability */
  details: string;
  /** @vdx none */
  reporter: string;
}

export interface ServiceVisit {
  /** @vdx none */
  visitId: string;
  vin: Vin;
  /** @vdx none */
  dealerCode: string;
  /** @vdx ota.ecu-aftersales */
  workOrderItems: string[];
  /** @vdx conn.operating-condition */
  mileageKm: number;
  /** @vdx pi.general.identity-contact */
  customerMobile: string;
}
