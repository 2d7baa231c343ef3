import type { GeoFix } from "./position.js";
import type { Vin } from "./vehicle.js";

export interface ChargeSession {
  /** @vdx none */
  sessionId: string;
  vin: Vin;
  /** @vdx none */
  stationId: string;
  /** @vdx conn.charging-network */
  evseUid: string;
  /** @vdx conn.charging-network */
  energyWh: number;
  /** @vdx conn.charging-network */
  peakPowerKw: number;
  location: GeoFix;
  /** @vdx none */
  state: "ACTIVE" | "COMPLETED" | "INVALID";
  /** @vdx none */
  startedAt: string;
}

export interface MeterSample {
  /** @vdx conn.charging-network */
  energyWh: number;
  /** @vdx conn.charging-network */
  powerKw: number;
  /** @vdx none */
  at: string;
}

export interface ChargeDetailRecord {
  /** @vdx none */
  cdrId: string;
  /** @vdx none */
  sessionId: string;
  vin: Vin;
  stationLocation: GeoFix;
  /** @vdx conn.charging-network */
  energyWh: number;
  /** @vdx none */
  totalCost: number;
  /** @vdx none */
  currency: string;
  /** @vdx pi.sensitive.financial */
  billingAccount: string;
  /** @vdx none */
  endedAt: string;
}

/**
 * Public directory entry of a charging station (published on the open map).
 * Reviewed DC-114-17: station coordinates are not personal location.
 * @vdx none
 */
export interface ChargingStation {
  stationId: string;
  name: string;
  operator: string;
  latitude: number;
  longitude: number;
  connectors: number;
}

/**
 * Per-owner monthly totals shown in the owner app.
 * @vdx none
 */
export interface ChargeSummary {
  sessionCount: number;
  totalKwh: number;
  month: string;
}
