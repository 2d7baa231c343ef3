import { endpoints } from "@lanhai/config";
import type { TripSummary } from "@lanhai/domain";
import { postJson } from "@lanhai/http-kit";

/** Owners who moved to Europe see new trips in the EU portal right away, before replication catches up. */
export async function mirrorToEuPortal(trip: TripSummary): Promise<void> {
  await postJson(`${endpoints.euPortal}/ingest/eu-trips`, trip, {
    authorization: `Bearer ${process.env.EU_PORTAL_INGEST_TOKEN ?? ""}`,
  });
}
