import type { Clip } from "../gen/adas/dataloop/v1/clip.js";
import { encodeClip } from "./clip-codec.js";

export interface UploadReceipt {
  clipId: string;
  storedAs: string;
}

export class ClipUploadError extends Error {
  constructor(readonly clipId: string, readonly status: number, readonly endpoint: string) {
    super(`upload of clip ${clipId} to ${endpoint} failed with HTTP ${status}`);
  }
}

/**
 * Posts one clip to a data-loop endpoint. Shared by the in-vehicle recorder and the cloud
 * pipeline; the caller decides where the clip goes.
 */
export async function uploadClip(url: string | URL, clip: Clip): Promise<UploadReceipt> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-protobuf", "x-clip-id": clip.clipId },
    // A fresh ArrayBuffer-backed copy: fetch bodies may not be views over shared memory.
    body: new Uint8Array(encodeClip(clip)),
  });
  if (!response.ok) throw new ClipUploadError(clip.clipId, response.status, String(url));
  return (await response.json()) as UploadReceipt;
}
