export interface Position {
  /** @vdx pi.sensitive.location-trajectory */
  latitude: number;
  /** @vdx pi.sensitive.location-trajectory */
  longitude: number;
}

export interface VehicleIdentity {
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** Display name the owner chose for the app. */
  nickname: string;
}

export interface ChargeRecord {
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** @vdx conn.charging-network */
  energyKwh: number;
  /** Id of the charge record in our back end. */
  recordId: string;
}

export declare function currentPosition(): Position;
export declare function currentVehicle(): VehicleIdentity;
export declare function lastChargeRecord(): ChargeRecord;
