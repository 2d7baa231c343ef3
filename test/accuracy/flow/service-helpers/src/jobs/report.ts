import axios from "axios";
import { sample, driverState, type Telemetry } from "../lib/types";
import { sendTo, withRetry, encode } from "../lib/transport";
import { buffer, latest, remember } from "../lib/state";

function summarise(t: Telemetry) {
  return { vin: t.vin, version: t.softwareVersion };
}

function versionOf(t: Telemetry) {
  return t.softwareVersion;
}

export async function reportSummary(): Promise<void> {
  await sendTo("https://fleet.example-motors.de/summary", summarise(sample())); // expect: unassessed-export pi.general.vehicle-identifier
  await sendTo("https://fleet.example-motors.jp/summary", summarise(sample())); // expect-none
  await sendTo("https://fleet.example-motors.de/version", versionOf(sample())); // expect-none
}

export async function reportWithRetry(): Promise<void> {
  const body = encode({ track: sample().gpsTrack });
  await withRetry(() => axios.post("https://fleet.example-motors.de/track", body)); // expect: unassessed-export pi.sensitive.location-trajectory
}

export async function reportTrackToJapan(): Promise<void> {
  const body = encode(sample().gpsTrack);
  await axios.post("https://fleet.example-motors.jp/track", body); // expect: inadequate-assessment pi.sensitive.location-trajectory
}

export function collect(): void {
  remember(sample());
}

export async function flush(): Promise<void> {
  await axios.post("https://fleet.example-motors.de/buffer", buffer); // expect: unassessed-export pi.general.driving-behaviour pi.general.vehicle-identifier
  await axios.post("https://fleet.example-motors.de/latest", { latest }); // expect: unassessed-export pi.sensitive.location-trajectory
  await axios.post("https://fleet.example-motors.de/size", { size: buffer.length }); // expect-none
}

export async function reportDriverState(): Promise<void> {
  const state = driverState();
  const flags: boolean[] = [];
  [state].forEach((s) => flags.push(s.eyesOnRoad));
  await axios.post("https://dms.example-motors.de/flags", flags); // expect: unassessed-export pi.sensitive.driver-state
  await axios.post("https://dms.example-motors.com.cn/flags", flags); // expect-none
}
