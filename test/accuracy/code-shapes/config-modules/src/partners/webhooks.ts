import { nextSample } from "../telemetry/model";

interface PartnerSettings {
  webhookUrl: string;
  partnerId: string;
}

declare function loadPartnerSettings(partnerId: string): Promise<PartnerSettings>;

/** The webhook URL is a row of the partner table: runtime data, reported as unresolved. */
export async function forwardToPartner(partnerId: string): Promise<void> {
  const settings = await loadPartnerSettings(partnerId);
  await fetch(settings.webhookUrl, { method: "POST", body: JSON.stringify(nextSample()) }); // expect: unresolved-destination pi.general.vehicle-identifier pi.sensitive.location-trajectory
}

/** A forwarder built with a URL no code in the project supplies. */
export class WebhookForwarder {
  constructor(private readonly targetUrl: string) {}

  async forward(): Promise<void> {
    await fetch(this.targetUrl, { method: "POST", body: JSON.stringify(nextSample().route) }); // expect: unresolved-destination pi.sensitive.location-trajectory
  }
}
