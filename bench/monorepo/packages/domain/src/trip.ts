import type { GeoFix } from "./position.js";
import type { Vin } from "./vehicle.js";

export interface TripSummary {
  /** @vdx none */
  tripId: string;
  vin: Vin;
  start: GeoFix;
  end: GeoFix;
  /** @vdx pi.general.driving-behaviour */
  distanceKm: number;
  /** @vdx pi.general.driving-behaviour */
  avgSpeedKmh: number;
  /** @vdx pi.general.driving-behaviour */
  harshBrakeCount: number;
  /** @vdx none */
  startedAt: string;
  /** @vdx none */
  endedAt: string;
}

/** Trips uploaded to the EU owner portal; same shape as the platform's summary. */
export type TripUpload = TripSummary;

export interface CrashEvent {
  /** @vdx none */
  eventId: string;
  vin: Vin;
  position: GeoFix;
  /** @vdx conn.operating-condition */
  deltaVKmh: number;
  /** @vdx conn.operating-condition */
  airbagDeployed: boolean;
  /** @vdx none */
  occurredAt: string;
}
