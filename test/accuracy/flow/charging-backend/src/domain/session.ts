export interface MeterSample {
  /** @vdx conn.charging-network */
  currentA: number;
  /** @vdx conn.charging-network */
  voltageV: number;
  timestamp: string;
}

export interface ChargingSession {
  sessionId: string;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  evseId: string;
  samples: MeterSample[];
  /** @vdx pi.general.identity-contact */
  customerEmail: string;
  /** @vdx pi.sensitive.financial */
  cardToken: string;
  kwh: number;
}

export declare function openSessions(): ChargingSession[];
export declare function findSession(id: string): Promise<ChargingSession>;
