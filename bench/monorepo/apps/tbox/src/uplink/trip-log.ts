import type { TripSummary } from "@lanhai/domain";
import { provisioning } from "../provisioning.js";

/** Trip logs go to the log endpoint written at end-of-line. */
export async function uploadTripLog(trip: TripSummary): Promise<void> {
  await fetch(`${provisioning.logEndpoint}/trip-logs`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-tbox-serial": provisioning.tboxSerial },
    body: JSON.stringify(trip),
  });
}
