import type { PartnerFix } from "../types/partner-feed";

/** Sends a fix read from the partner feed abroad: the classification comes from the .d.ts. */
export async function forward(fix: PartnerFix): Promise<void> {
  await fetch("https://api.fleet-partner.example.de/fixes", { method: "POST", body: JSON.stringify({ lat: fix.latitude, lng: fix.longitude }) });
}
