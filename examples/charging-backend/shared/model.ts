/** An OCPP 1.6 charge session as the platform stores it (table charge_sessions). */
export interface ChargeSession {
  id: string;
  /** The station the vehicle charged at. @vdx conn.charging-network */ stationId: string;
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
  /** Energy delivered in the session (Wh): charging data. @vdx conn.charging-network */ energyWh: number;
}

/** Charge detail record sent to roaming partners (OCPI CDR subset). */
export interface ChargeDetailRecord {
  sessionId: string;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** @vdx pi.general.identity-contact */
  idTag: string;
  /** Energy delivered in the session (Wh). @vdx conn.charging-network */ energyWh: number;
  /** The roaming contract's price: a commercial tariff, not charging-state data. @vdx none */ tariffEurPerKwh: number;
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
