import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import OSS from "ali-oss";
import { storage } from "@lanhai/config";
import type { ExteriorClip } from "@lanhai/domain";
import { blurFacesAndPlates } from "@lanhai/privacy";
import { tboxConfig } from "../config.js";

const clipStore = new OSS({
  region: storage.clips.region,
  bucket: storage.clips.bucket,
  accessKeyId: process.env.OSS_STS_KEY_ID ?? "",
  accessKeySecret: process.env.OSS_STS_KEY_SECRET ?? "",
  stsToken: process.env.OSS_STS_TOKEN,
});
const globalAdas = new S3Client({ region: "eu-central-1" });

function encodeFrames(frames: readonly Uint8Array[]): Buffer {
  return Buffer.concat(frames.map((frame) => Buffer.concat([Buffer.from(Uint32Array.of(frame.byteLength).buffer), frame])));
}

/** Event clips (AEB, collision) after anonymisation; the vehicle never uploads raw frames. */
export async function uploadEventClip(clip: ExteriorClip): Promise<void> {
  const anonymised: ExteriorClip = { ...clip, frames: blurFacesAndPlates(clip.frames) };
  await clipStore.put(`clips/${clip.vin}/${clip.clipId}.bin`, encodeFrames(anonymised.frames), {
    meta: { vin: clip.vin, lat: String(clip.position.lat), lng: String(clip.position.lng), trigger: clip.triggeredBy },
  });
  if (tboxConfig.shareClipsWithGlobalAdas) {
    await globalAdas.send(
      new PutObjectCommand({
        Bucket: "lanhai-adas-corner-cases-eu",
        Key: `${clip.triggeredBy}/${clip.clipId}.bin`,
        Body: encodeFrames(anonymised.frames),
      }),
    );
  }
}
