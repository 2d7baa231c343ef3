import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { Clip } from "../../gen/adas/dataloop/v1/clip.js";
import { clipObjectKey, encodeClip } from "../../shared/clip-codec.js";

// MinIO inside the data-loop cluster: the hot store the mining jobs read from. It speaks the S3 API;
// "us-east-1" is only MinIO's default signing region, the data never leaves the cluster.
const minio = new S3Client({
  endpoint: "http://minio.data-loop.svc.cluster.local:9000",
  region: "us-east-1",
  forcePathStyle: true,
  credentials: { accessKeyId: process.env.MINIO_ACCESS_KEY ?? "", secretAccessKey: process.env.MINIO_SECRET_KEY ?? "" },
});

/** Puts the raw clip where the scenario miners can read it for the next 30 days. */
export async function putInHotStore(clip: Clip): Promise<void> {
  await minio.send(new PutObjectCommand({
    Bucket: "clips-hot",
    Key: clipObjectKey(clip),
    Body: encodeClip(clip),
    ContentType: "application/x-protobuf",
  }));
}
