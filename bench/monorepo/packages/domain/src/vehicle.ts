/** @vdx pi.general.vehicle-identifier */
export type Vin = string;

/** @vdx pi.general.device-identifier */
export type TboxSerial = string;

export interface VehicleProfile {
  vin: Vin;
  /** @vdx none */
  modelCode: string;
  /** @vdx none */
  market: "cn" | "eu" | "sea";
  /** @vdx pi.general.vehicle-identifier */
  registrationPlate: string;
  /** @vdx pi.general.identity-contact */
  ownerName: string;
  /** @vdx none */
  deliveredOn: string;
}

export interface OdometerReading {
  vin: Vin;
  /** @vdx conn.operating-condition */
  odometerKm: number;
  /** @vdx none */
  day: string;
}
