import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { storage } from "@lanhai/config";
import type { TripSummary } from "@lanhai/domain";
import { aggregateByCity, coarsenLocation } from "@lanhai/privacy";

const euBi = new S3Client({ region: storage.biExports.region });

/** Demand per city for the group's charging-network planning (Munich). */
export async function exportCityFlows(day: string, trips: readonly TripSummary[]): Promise<void> {
  const flows = aggregateByCity(trips);
  await euBi.send(
    new PutObjectCommand({
      Bucket: storage.biExports.bucket,
      Key: `city-flows/${day}.json`,
      Body: JSON.stringify({ day, flows }),
    }),
  );
}

/** Origin/destination grid cells without vehicle or driver, for the mobility-study partner dashboard. */
export async function exportCoarseOd(day: string, trips: readonly TripSummary[]): Promise<void> {
  const cells = trips.map((trip) => ({
    from: coarsenLocation(trip.start).gridId,
    to: coarsenLocation(trip.end).gridId,
    weekday: new Date(trip.startedAt).getUTCDay(),
  }));
  await euBi.send(
    new PutObjectCommand({ Bucket: storage.biExports.bucket, Key: `od-cells/${day}.json`, Body: JSON.stringify(cells) }),
  );
}
