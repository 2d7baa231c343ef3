import { createHmac } from "node:crypto";
import type { TripSummary } from "@lanhai/domain";
import { postJson } from "@lanhai/http-kit";
import { fleetSettings } from "../settings/fleet-settings-repo.js";

function sign(payload: unknown, secret: string): string {
  return createHmac("sha256", secret).update(JSON.stringify(payload)).digest("hex");
}

/** Fleet customers receive completed trips on the webhook they registered in the fleet console. */
export async function notifyFleetOperator(fleetId: string, trip: TripSummary): Promise<void> {
  const settings = await fleetSettings.load(fleetId);
  if (!settings?.webhookUrl) return;
  const payload = { event: "trip.completed", fleetId, trip };
  await postJson(settings.webhookUrl, payload, { "x-lanhai-signature": sign(payload, settings.webhookSecret) });
}
