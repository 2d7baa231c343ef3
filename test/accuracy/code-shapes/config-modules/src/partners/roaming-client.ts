import type { PlatformSettings } from "../settings/types";
import { nextSample } from "../telemetry/model";

/** A partner client built from the settings object: no call in the project passes one. */
export class RoamingClient {
  private readonly tokenUrl: string;
  private readonly baseUrl: string;
  private readonly archiveUrl: string;

  constructor(settings: PlatformSettings) {
    const roaming = settings.partners.roaming;
    this.tokenUrl = roaming.tokenUrl;
    this.baseUrl = roaming.baseUrl;
    this.archiveUrl = settings.partners.archive!.uploadUrl;
  }

  async token(): Promise<Response> {
    return fetch(this.tokenUrl, { method: "POST", body: JSON.stringify({ vin: nextSample().vin }) }); // expect: unassessed-export pi.general.vehicle-identifier
  }

  async pushSample(): Promise<void> {
    await fetch(`${this.baseUrl}/v2/samples`, { method: "POST", body: JSON.stringify(nextSample()) }); // expect: unassessed-export pi.general.vehicle-identifier pi.sensitive.location-trajectory
  }

  /** No configuration module writes the archive URL: it stays unresolved. */
  async archive(): Promise<void> {
    await fetch(this.archiveUrl, { method: "POST", body: JSON.stringify(nextSample()) }); // expect: unresolved-destination pi.general.vehicle-identifier pi.sensitive.location-trajectory
  }
}
