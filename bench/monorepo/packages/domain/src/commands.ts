import type { Vin } from "./vehicle.js";

export interface RemoteCommandAudit {
  /** @vdx none */
  commandId: string;
  vin: Vin;
  /** @vdx conn.remote-control */
  command: "LOCK" | "UNLOCK" | "START_CLIMATE" | "HONK_FLASH" | "IMMOBILISE";
  /** @vdx none */
  issuedBy: "owner-app" | "call-centre" | "fleet-api";
  /** @vdx none */
  result: "OK" | "TIMEOUT" | "REJECTED";
  /** @vdx none */
  issuedAt: string;
}
