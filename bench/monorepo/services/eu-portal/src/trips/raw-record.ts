import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { fromIni } from "@aws-sdk/credential-providers";
import type { TripSummary } from "@lanhai/domain";
import { portalConfig } from "../config.js";

// Read-only role in the AWS China account; used by EU support to debug trips that look wrong.
const beijing = new S3Client({
  region: portalConfig.rawLanding.region,
  credentials: fromIni({ profile: "aws-cn-readonly" }),
});

export async function rawTripRecord(partition: number, offset: string): Promise<TripSummary> {
  const object = await beijing.send(
    new GetObjectCommand({ Bucket: portalConfig.rawLanding.bucket, Key: `trip-completed/${partition}/${offset}.json` }),
  );
  const text = await object.Body!.transformToString("utf-8");
  return JSON.parse(text) as TripSummary;
}
