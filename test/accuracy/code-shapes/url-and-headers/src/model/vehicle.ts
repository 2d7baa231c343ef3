export interface GeoFix {
  /** @vdx pi.sensitive.location-trajectory */
  latitude: number;
  /** @vdx pi.sensitive.location-trajectory */
  longitude: number;
  /** Horizontal accuracy of the fix in metres. */
  accuracyM: number;
}

export interface VehicleRef {
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** Fleet the vehicle belongs to (an internal grouping, not vehicle data). */
  fleetId: string;
}

export declare function lastFix(): Promise<GeoFix>;
export declare function activeVehicle(): VehicleRef;
