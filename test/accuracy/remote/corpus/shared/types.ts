export interface ChargeSession {
  id: string;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** @vdx pi.general.identity-contact */
  driverPhone: string;
  energyWh: number;
}

export interface Driver {
  id: string;
  /** @vdx pi.general.identity-contact */
  name: string;
  /** @vdx pi.general.identity-contact */
  phone: string;
}

/** Charging-network operation data (important data at scale), no personal information. */
export interface MeterSample {
  /** @vdx conn.charging-network */
  evseId: string;
  /** @vdx conn.charging-network */
  powerKw: number;
}

export interface Station {
  id: string;
  operator: string;
  connectors: number;
}
