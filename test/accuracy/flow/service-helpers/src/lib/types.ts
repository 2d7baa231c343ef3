export interface Telemetry {
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** @vdx pi.general.driving-behaviour */
  harshBrakes: number;
  /** @vdx pi.sensitive.location-trajectory */
  gpsTrack: [number, number][];
  softwareVersion: string;
}

/** @vdx pi.sensitive.driver-state */
export interface DriverState {
  fatigueLevel: number;
  eyesOnRoad: boolean;
}

export declare function sample(): Telemetry;
export declare function driverState(): DriverState;
