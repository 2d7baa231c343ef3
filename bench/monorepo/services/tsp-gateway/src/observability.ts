import * as Sentry from "@sentry/node";
import type { VehicleState } from "@lanhai/proto";
import { initSentry } from "@lanhai/sdk-telemetry";

initSentry("tsp-gateway");

export function recordImplausibleState(state: VehicleState, reason: string): void {
  Sentry.addBreadcrumb({
    category: "plausibility",
    level: "warning",
    message: reason,
    data: { vin: state.vin, socPct: state.socPct, odometerKm: state.odometerKm },
  });
}

export function recordDecodeFailure(bytes: number, partition: number, error: unknown): void {
  Sentry.captureException(error, { tags: { partition: String(partition) }, extra: { bytes } });
}

export function recordLag(partition: number, lagMs: number): void {
  Sentry.captureMessage(`ingest lag ${lagMs} ms on partition ${partition}`, "warning");
}
