import type { Clip } from "../../gen/adas/dataloop/v1/clip.js";
import { UPLOAD_ENDPOINT } from "../../shared/endpoints.js";
import { uploadClip } from "../../shared/upload-clip.js";

/** Hands an anonymised clip to the replay cluster for re-simulation of the planner. */
export async function sendForReplay(anonymised: Clip): Promise<string> {
  const receipt = await uploadClip(UPLOAD_ENDPOINT, anonymised);
  return receipt.storedAs;
}
