/** An OCPP 1.6 charge session as the platform stores it (table charge_sessions). */
export interface ChargeSession {
  id: string;
  stationId: string;
  /** Connector number on the station (1, 2…). @vdx none */
  connectorId: number;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** RFID / app token of the driver. @vdx pi.general.identity-contact */
  idTag: string;
  /** @vdx pi.general.identity-contact */
  driverPhone: string;
  startedAt: string;
  stoppedAt?: string;
  /** Energy billed for the session, one figure (no meter series): reviewed. @vdx none */ energyWh: number;
}

/** Charge detail record sent to roaming partners (OCPI CDR subset). */
export interface ChargeDetailRecord {
  sessionId: string;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** @vdx pi.general.identity-contact */
  idTag: string;
  /** Energy billed for the session: reviewed. @vdx none */ energyWh: number;
  /** The roaming contract's price: reviewed. @vdx none */ tariffEurPerKwh: number;
}

/** OCPP MeterValues sample: charging-network operation data. */
export interface MeterValue {
  /** @vdx conn.charging-network */
  evseId: string;
  /** @vdx conn.charging-network */
  powerKw: number;
  /** @vdx conn.charging-network */
  voltage: number;
  timestamp: string;
}

export interface Station {
  id: string;
  operator: string;
  city: string;
  connectors: number;
}
