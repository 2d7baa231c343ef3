import axios from "axios";
import { currentTrip, recentTrips, currentDriver, type Trip } from "../model/trip";
import { EU_TELEMETRY, CN_TELEMETRY, TRIP_STORE, ANALYTICS_URL, DOMESTIC_ANALYTICS_URL } from "../config/endpoints";
import { postJson } from "../http/post-json";
import { euApi, cnApi } from "../http/clients";

export async function uploadWholeTrip(): Promise<void> {
  const trip = currentTrip();
  await axios.post(EU_TELEMETRY, trip); // expect: unassessed-export pi.general.vehicle-identifier pi.sensitive.location-trajectory pi.general.driving-behaviour
}

export async function uploadTripToChina(): Promise<void> {
  await axios.post(CN_TELEMETRY, currentTrip()); // expect-none
}

export async function uploadTripInternally(): Promise<void> {
  await axios.post(TRIP_STORE, currentTrip()); // expect-none
}

export async function uploadTripIdOnly(): Promise<void> {
  const trip = currentTrip();
  await axios.post(EU_TELEMETRY, { id: trip.id, distanceKm: trip.distanceKm }); // expect-none
}

export async function uploadStartPosition(): Promise<void> {
  const { start } = currentTrip();
  await axios.post(EU_TELEMETRY, { at: [start.lat, start.lng] }); // expect: unassessed-export pi.sensitive.location-trajectory
}

export async function uploadFirmwareOnly(): Promise<void> {
  const trip = currentTrip();
  const body = { firmware: trip.firmwareVersion, id: trip.id };
  await axios.put(EU_TELEMETRY, body); // expect-none
}

export async function uploadViaHelper(): Promise<void> {
  const trip = currentTrip();
  await postJson("https://telemetry.example-motors.de/v1/positions", trip.end); // expect: unassessed-export pi.sensitive.location-trajectory
  await postJson(CN_TELEMETRY, trip.end); // expect-none
  await postJson(TRIP_STORE, trip); // expect-none
}

export async function uploadBatch(): Promise<void> {
  const trips = await recentTrips(50);
  const rows = trips.map((t) => ({ vin: t.vin, speed: t.maxSpeedKmh }));
  await euApi.post("/trips/batch", rows); // expect: unassessed-export pi.general.vehicle-identifier pi.general.driving-behaviour
  await cnApi.post("/trips/batch", rows); // expect-none
}

export async function uploadBatchIds(): Promise<void> {
  const trips = await recentTrips(50);
  await euApi.post("/trips/ids", trips.map((t) => t.id)); // expect-none
}

export async function trackAnalytics(trip: Trip): Promise<void> {
  await fetch(ANALYTICS_URL, { method: "POST", body: JSON.stringify({ km: trip.distanceKm, v: trip.maxSpeedKmh }) }); // expect: unassessed-export pi.general.driving-behaviour
  await fetch(DOMESTIC_ANALYTICS_URL, { method: "POST", body: JSON.stringify({ v: trip.maxSpeedKmh }) }); // expect-none
}

export async function registerDriver(): Promise<void> {
  const driver = currentDriver();
  const payload = { ...driver, source: "gateway" };
  await euApi.post("/drivers", payload); // expect: unassessed-export pi.general.identity-contact
  await euApi.post("/drivers/locale", { locale: driver.locale }); // expect-none
}

export async function shareWithSingapore(): Promise<void> {
  const trip = currentTrip();
  const encoded = Buffer.from(JSON.stringify({ vin: trip.vin, end: trip.end }));
  await axios.post("https://partners.example-motors.sg/ingest", encoded); // expect: unassessed-export pi.general.vehicle-identifier pi.sensitive.location-trajectory
}

declare const Buffer: { from(text: string): Uint8Array };
