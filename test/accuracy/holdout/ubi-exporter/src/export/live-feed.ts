import got from "got";
import { config } from "../config/env.js";
import type { TripSummary } from "../domain/trip.js";

/** Generic sender: base and path are both chosen by the caller. */
async function send(base: string, path: string, body: unknown): Promise<void> {
  await got.post(base + path, { json: body });
}

function makeUploader(base: string): (body: unknown) => Promise<unknown> {
  return (body) => got.post(`${base}/upload`, { json: body }).json();
}

const uploadToUbi = makeUploader(config.ubiBaseUrl);

export async function streamLivePoint(trip: TripSummary): Promise<void> {
  const last = trip.route[trip.route.length - 1];
  await send(config.telematicsUrl, "/v1/live", { vin: trip.vin, point: last }); // expect: inadequate-assessment behaviour=push pi.general.vehicle-identifier pi.sensitive.location-trajectory (stretch: destination made of two caller-supplied parts)
}

export async function uploadTrip(trip: TripSummary): Promise<void> {
  await uploadToUbi({ vin: trip.vin, route: trip.route, harshBrakes: trip.harshBrakes }); // expect: inadequate-assessment behaviour=push pi.general.driving-behaviour pi.general.vehicle-identifier pi.sensitive.location-trajectory (stretch: closure returned from a factory)
}
