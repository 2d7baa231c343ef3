import axios from "axios";
import { lastPosition, account, endpointFromDatabase } from "./model";

declare const process: { env: Record<string, string | undefined> };

export async function toEnvOnly(): Promise<void> {
  await axios.post(process.env.POSITION_SINK as string, lastPosition()); // expect: unresolved-destination pi.sensitive.location-trajectory
}

export async function toEnvWithForeignDefault(): Promise<void> {
  const url = process.env.POSITION_SINK ?? "https://positions.example-motors.de/v1";
  await axios.post(url, lastPosition()); // expect: unassessed-export pi.sensitive.location-trajectory
}

export async function toEnvWithDomesticDefault(): Promise<void> {
  const url = process.env.POSITION_SINK ?? "https://positions.example-motors.com.cn/v1";
  await axios.post(url, lastPosition()); // expect-none
}

export async function toDatabaseEndpoint(): Promise<void> {
  const url = await endpointFromDatabase();
  await axios.post(url, { email: account().email }); // expect: unresolved-destination pi.general.identity-contact
}

export async function toUnknownPublicHost(): Promise<void> {
  await axios.post("https://collector.some-vendor.io/v1", { email: account().email }); // expect: unresolved-destination pi.general.identity-contact
}

export async function toPublicIp(): Promise<void> {
  await axios.post("http://203.0.113.50/ingest", lastPosition()); // expect: unresolved-destination pi.sensitive.location-trajectory
}

export async function toPrivateIp(): Promise<void> {
  await axios.post("http://10.20.30.40/ingest", lastPosition()); // expect-none
}

export async function unresolvedButUnclassified(): Promise<void> {
  const url = await endpointFromDatabase();
  await axios.post(url, { accuracy: lastPosition().accuracyM }); // expect-none
}

export async function toRegionChoice(eu: boolean): Promise<void> {
  const url = eu ? "https://positions.example-motors.de/v1" : "https://positions.example-motors.com.cn/v1";
  await axios.post(url, { email: account().email }); // expect: unassessed-export pi.general.identity-contact
}
