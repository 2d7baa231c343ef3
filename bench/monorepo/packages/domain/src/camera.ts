import type { GeoFix } from "./position.js";
import type { Vin } from "./vehicle.js";

export interface ExteriorClip {
  /** @vdx none */
  clipId: string;
  vin: Vin;
  /** @vdx ad.exterior-imagery, pi.sensitive.exterior-person */
  frames: Uint8Array[];
  /** @vdx none */
  triggeredBy: "aeb" | "collision" | "manual";
  position: GeoFix;
}

/** A scenario cut for the ADAS training set: ego trajectory and object tracks around an event. */
export interface ScenarioRecord {
  /** @vdx none */
  scenarioId: string;
  /** @vdx ad.training-data */
  objectTracks: number[][];
  /** @vdx ad.training-data */
  labels: string[];
  egoTrajectory: GeoFix[];
}
