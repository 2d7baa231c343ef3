import { endpoints } from "@lanhai/config";
import type { Vin } from "@lanhai/domain";
import { postJson, sendSigned } from "@lanhai/http-kit";
import type { VehicleState } from "@lanhai/proto";

export interface EtaEstimate {
  minutes: number;
  confidence: number;
}

const hmacSecret = process.env.NAGOYA_HMAC_SECRET ?? "";
const apiBase = `https://${endpoints.logistics.host}${endpoints.logistics.basePath}`;

/** New-vehicle delivery: the carrier shows dealers when a vehicle will arrive. */
export async function pushEta(vin: Vin, eta: EtaEstimate): Promise<void> {
  await postJson(`${apiBase}/shipments/${encodeURIComponent(vin)}/eta`, {
    etaMinutes: eta.minutes,
    confidence: eta.confidence,
  });
}

/** Positions of vehicles on the carrier's trucks, every five minutes. */
export async function pushFleetPositions(fleetId: string, states: readonly VehicleState[]): Promise<number> {
  const points = states.map((s) => ({
    vin: s.vin,
    lat: s.position?.latitude,
    lng: s.position?.longitude,
    at: s.sampledAt?.toISOString(),
  }));
  return sendSigned(endpoints.logistics.host, `${endpoints.logistics.basePath}/fleets/${fleetId}/positions`, { points }, hmacSecret);
}
