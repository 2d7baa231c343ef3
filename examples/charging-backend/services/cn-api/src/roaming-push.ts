import type { ChargeDetailRecord, ChargeSession } from "../../../shared/model";

const ROAMING = "https://roaming.example-motors.de/roaming/v1";

/** Sends the CDR of a session charged with a roaming contract to the EU roaming service. */
export async function pushCdr(session: ChargeSession, tariffEurPerKwh: number): Promise<void> {
  const cdr: ChargeDetailRecord = { sessionId: session.id, vin: session.vin, idTag: session.idTag, energyWh: session.energyWh, tariffEurPerKwh };
  await fetch(`${ROAMING}/cdrs`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(cdr) });
}
