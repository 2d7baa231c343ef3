import got from "got";
import { pick } from "lodash-es";
import { endpoints } from "@lanhai/config";
import type { CrashEvent, TripSummary, Vin } from "@lanhai/domain";
import { KraftSureClient } from "@lanhai/sdk-insurance";

const apiKey = process.env.KRAFTSURE_API_KEY ?? "";
const insurer = new KraftSureClient(apiKey);

async function hasActivePolicy(vin: Vin): Promise<boolean> {
  const policy = await got
    .get(`${endpoints.insurer.baseUrl}/policies/lookup`, {
      searchParams: { vin },
      headers: { [endpoints.insurer.apiKeyHeader]: apiKey },
    })
    .json<{ active: boolean }>();
  return policy.active;
}

/** Usage-based insurance: distance and driving style of insured vehicles, nothing else. */
export async function forwardTrip(trip: TripSummary): Promise<void> {
  if (!(await hasActivePolicy(trip.vin))) return;
  await insurer.submitTrip(pick(trip, ["vin", "distanceKm", "avgSpeedKmh", "harshBrakeCount"]));
}

/** First notice of loss, so the insurer can dispatch an assessor. */
export async function forwardCrash(event: CrashEvent): Promise<void> {
  if (!(await hasActivePolicy(event.vin))) return;
  await insurer.reportCrash({
    vin: event.vin,
    position: event.position,
    deltaVKmh: event.deltaVKmh,
    occurredAt: event.occurredAt,
  });
}
