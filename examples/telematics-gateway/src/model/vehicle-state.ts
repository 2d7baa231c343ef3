/** Decoded `example.telemetry.v1.VehicleState`, as the gateway works with it. */
export interface VehicleState {
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  sampledAtMs: number;
  /** @vdx pi.sensitive.location-trajectory */
  latitude: number;
  /** @vdx pi.sensitive.location-trajectory */
  longitude: number;
  speedKph: number;
  battery: BatteryStatus;
}

/** @vdx conn.operating-condition */
export interface BatteryStatus {
  stateOfCharge: number;
  packVoltage: number;
  packCurrent: number;
}

/** Fleet-health record forwarded to the EU after-sales platform. */
export interface FleetHealth {
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** @vdx conn.operating-condition */
  stateOfCharge: number;
  /** @vdx conn.operating-condition */
  packVoltage: number;
}

/** Customer profile kept by the TSP for the companion app. */
export interface CustomerProfile {
  /** @vdx pi.general.identity-contact */
  name: string;
  /** @vdx pi.general.identity-contact */
  phone: string;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
}
