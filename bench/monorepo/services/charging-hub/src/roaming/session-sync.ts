import type { ChargeSession, MeterSample, Vin } from "@lanhai/domain";
import { client, getLocations, putSession, type Session } from "@lanhai/roaming-api";
import { hubConfig } from "../config.js";

client.setConfig({
  headers: { Authorization: `Token ${process.env.VOLTARO_TOKEN ?? ""}` },
});

export class RoamingSyncError extends Error {
  constructor(
    readonly sessionId: string,
    readonly cause: unknown,
  ) {
    super(`session ${sessionId} rejected by the roaming hub`);
  }
}

function toOcpiSession(session: ChargeSession): Session {
  return {
    id: session.sessionId,
    start_date_time: session.startedAt,
    kwh: session.energyWh / 1000,
    auth_method: "AUTH_REQUEST",
    location_id: session.stationId,
    evse_uid: session.evseUid,
    currency: "CNY",
    status: session.state,
    vehicle: { vin: session.vin },
    last_updated: new Date().toISOString(),
  };
}

/** Sessions of roaming customers at our stations are reported to the hub for settlement. */
export async function pushSessionUpdate(session: ChargeSession): Promise<void> {
  const { error } = await putSession({
    path: { country_code: "CN", party_id: hubConfig.roaming.partyId, session_id: session.sessionId },
    body: toOcpiSession(session),
  });
  if (error) throw new RoamingSyncError(session.sessionId, error);
}

export async function pushMeterSample(sessionId: string, sample: MeterSample): Promise<void> {
  await client.patch({
    url: "/emsp/sessions/{country_code}/{party_id}/{session_id}",
    path: { country_code: "CN", party_id: hubConfig.roaming.partyId, session_id: sessionId },
    body: {
      kwh: sample.energyWh / 1000,
      charging_periods: [{ start_date_time: sample.at, dimensions: [{ type: "POWER", volume: sample.powerKw }] }],
      last_updated: sample.at,
    },
  });
}

/** Autocharge: the hub maps the VIN to the driver's roaming contract. */
export async function authorizeAutocharge(vin: Vin, stationId: string, evseUid: string): Promise<boolean> {
  const { data } = await client.post<{ 200: { allowed: boolean } }>({
    url: "/emsp/tokens/{vin}/authorize",
    path: { vin },
    body: { location_id: stationId, evse_uid: evseUid },
  });
  return data?.allowed ?? false;
}

export async function partnerLocationsSince(since: string): Promise<number> {
  const { data } = await getLocations({ query: { date_from: since, limit: 500 } });
  return data?.data?.length ?? 0;
}
