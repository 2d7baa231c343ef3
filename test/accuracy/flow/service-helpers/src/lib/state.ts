import type { Telemetry } from "./types";

/** Module-level buffer filled by collectors, drained by the flusher. */
export const buffer: unknown[] = [];
export let latest: unknown = undefined;

export function remember(value: Telemetry): void {
  buffer.push({ vin: value.vin, brakes: value.harshBrakes });
  latest = value.gpsTrack;
}
