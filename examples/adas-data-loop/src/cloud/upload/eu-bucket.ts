import { S3Client } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import type { Clip } from "../../gen/adas/dataloop/v1/clip.js";
import { clipObjectKey, encodeClip } from "../../shared/clip-codec.js";

// The EU subsidiary's training bucket (Frankfurt). Only anonymised clips are meant to go here.
const frankfurt = new S3Client({ region: "eu-central-1" });

/** Replicates an anonymised clip to the EU training bucket (multipart: clips run to hundreds of MB). */
export async function replicateToEuBucket(anonymised: Clip): Promise<string | undefined> {
  const upload = new Upload({
    client: frankfurt,
    params: {
      Bucket: "adas-clips-eu-central",
      Key: clipObjectKey(anonymised),
      Body: encodeClip(anonymised),
      ContentType: "application/x-protobuf",
      ServerSideEncryption: "aws:kms",
    },
    queueSize: 4,
    partSize: 16 * 1024 * 1024,
  });
  const result = await upload.done();
  return result.Location;
}
