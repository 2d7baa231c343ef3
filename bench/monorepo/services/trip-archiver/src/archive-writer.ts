import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { storage } from "@lanhai/config";
import type { TripSummary } from "@lanhai/domain";
import { cos } from "./cos.js";

const rawLanding = new S3Client({ region: storage.ingestRaw.region });

/** Every completed trip, kept for the owner app's history view (five years). */
export async function archiveTrip(trip: TripSummary): Promise<void> {
  await cos.putObject({
    Bucket: storage.tripArchive.bucket,
    Region: storage.tripArchive.region,
    Key: `trips/${trip.vin}/${trip.tripId}.json`,
    Body: JSON.stringify(trip),
    ContentType: "application/json",
  });
}

/** The raw Kafka record, for re-processing after parser fixes (AWS Beijing, 30 days). */
export async function landRaw(partition: number, offset: string, value: Buffer): Promise<void> {
  await rawLanding.send(
    new PutObjectCommand({
      Bucket: storage.ingestRaw.bucket,
      Key: `trip-completed/${partition}/${offset}.json`,
      Body: value,
    }),
  );
}
