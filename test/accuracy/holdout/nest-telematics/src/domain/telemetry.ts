/** @vdx pi.general.vehicle-identifier */
export type Vin = string;

/** @vdx pi.sensitive.location-trajectory */
export interface GeoFix {
  lat: number;
  lon: number;
}

export interface VehicleStatus {
  vin: Vin;
  /** @vdx conn.operating-condition */
  socPercent: number;
  /** @vdx conn.operating-condition */
  odometerKm: number;
  position: GeoFix;
  /** @vdx none */
  statusId: string;
  /** @vdx none */
  receivedAt: string;
}

export interface OwnerContact {
  vin: Vin;
  /** @vdx pi.general.identity-contact */
  mobile: string;
  /** @vdx pi.general.identity-contact */
  fullName: string;
}

export interface DtcSnapshot {
  vin: Vin;
  /** @vdx ota.ecu-aftersales */
  dtcCodes: string[];
  /** @vdx ota.ecu-aftersales */
  ecuSoftware: string;
  /** @vdx none */
  capturedAt: string;
}

export interface DealerProfile {
  /** @vdx none */
  dealerCode: string;
  /** @vdx none */
  webhookUrl: string;
}
