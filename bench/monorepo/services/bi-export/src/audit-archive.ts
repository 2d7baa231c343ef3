import { BlobServiceClient } from "@azure/storage-blob";
import type { TripSummary } from "@lanhai/domain";
import { pseudonymizeVin } from "@lanhai/privacy";

const blobService = BlobServiceClient.fromConnectionString(
  process.env.AUDIT_ARCHIVE_CONNECTION ??
    "DefaultEndpointsProtocol=https;AccountName=lanhaiauditarchive;AccountKey=placeholder==;EndpointSuffix=core.windows.net",
);
const container = blobService.getContainerClient("trip-audit");

/** Group internal audit keeps a pseudonymised sample of trips (10 per day). */
export async function archiveAuditSample(day: string, trips: readonly TripSummary[]): Promise<void> {
  const sample = trips.slice(0, 10).map((trip) => ({ ...trip, vin: pseudonymizeVin(trip.vin) }));
  const body = JSON.stringify(sample);
  await container.getBlockBlobClient(`${day}.json`).upload(body, Buffer.byteLength(body));
}
