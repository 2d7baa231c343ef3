import axios from "axios";
import { appConfig, ingestHostFor, PARTNER_HOSTS, REGION_ENDPOINTS, type Region } from "../config";
import { AUDIT_URL, DOMESTIC_TELEMETRY_URL, TELEMETRY_URL } from "../config/env";
import { nextSample } from "./model";

export async function uploadTrip(): Promise<void> {
  await axios.post(`${TELEMETRY_URL}/trips`, nextSample()); // expect: unassessed-export pi.general.vehicle-identifier pi.sensitive.location-trajectory
}

export async function uploadTripDomestic(): Promise<void> {
  await axios.post(`${DOMESTIC_TELEMETRY_URL}/trips`, nextSample()); // expect-none
}

export async function uploadRoute(): Promise<void> {
  const { route } = nextSample();
  await fetch(`${appConfig.geofence.baseUrl}/check`, { method: "POST", body: JSON.stringify({ route }) }); // expect: unassessed-export pi.sensitive.location-trajectory
}

export async function mirrorTrip(): Promise<void> {
  const sample = nextSample();
  for (const mirror of appConfig.mirrors) {
    await fetch(`${mirror}/trips`, { method: "PUT", body: JSON.stringify(sample) }); // expect: unassessed-export pi.general.vehicle-identifier pi.sensitive.location-trajectory
  }
}

export async function shareWithPartner(region: Region): Promise<void> {
  await axios.post(`${PARTNER_HOSTS[region]}/vehicles`, { vin: nextSample().vin }); // expect: unassessed-export pi.general.vehicle-identifier
}

export async function shareRegionally(region: Region): Promise<void> {
  const endpoint = REGION_ENDPOINTS.get(region) ?? "https://regional.example-motors.com.cn";
  await axios.post(`${endpoint}/vehicles`, { vin: nextSample().vin }); // expect: unassessed-export pi.general.vehicle-identifier
}

export async function ingest(region: Region): Promise<void> {
  await axios.post(`${ingestHostFor(region)}/samples`, nextSample()); // expect: unassessed-export pi.general.vehicle-identifier pi.sensitive.location-trajectory
}

/** An environment variable with no default: only the deployment knows the host. */
export async function audit(): Promise<void> {
  await axios.post(`${AUDIT_URL}/events`, { vin: nextSample().vin }); // expect: unresolved-destination pi.general.vehicle-identifier
}

/** Only the firmware version: nothing classified, whatever the host. */
export async function reportFirmware(): Promise<void> {
  await axios.post(`${TELEMETRY_URL}/firmware`, { firmware: nextSample().firmware }); // expect-none
}
