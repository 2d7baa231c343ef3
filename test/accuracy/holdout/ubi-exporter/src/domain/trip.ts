export interface TripSummary {
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** @vdx pi.general.driving-behaviour */
  harshBrakes: number;
  /** @vdx pi.general.driving-behaviour */
  nightKm: number;
  /** @vdx pi.sensitive.location-trajectory */
  route: Array<[number, number]>;
  /** @vdx none */
  tripId: string;
  /** @vdx none */
  startedAt: string;
}

export interface PolicyHolder {
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** @vdx pi.general.identity-contact */
  email: string;
  /** @vdx pi.general.identity-contact */
  mobile: string;
  /** @vdx pi.sensitive.financial */
  iban: string;
  /** @vdx none */
  policyNo: string;
}

export interface RiskBand {
  /** @vdx none */
  band: "A" | "B" | "C";
}
