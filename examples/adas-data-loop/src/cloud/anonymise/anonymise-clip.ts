import type { Clip } from "../../gen/adas/dataloop/v1/clip.js";
import { blurFacesAndPlates, type FaceAndPlateDetector } from "./blur-faces-and-plates.js";

/**
 * The clip with every camera frame anonymised. Lidar, GNSS and CAN data are untouched:
 * anonymising imagery does not make a clip ordinary data.
 */
export function anonymiseClip(clip: Clip, detector: FaceAndPlateDetector): Clip {
  return {
    ...clip,
    frontCamera: blurFacesAndPlates(clip.frontCamera, detector),
    surroundCameras: blurFacesAndPlates(clip.surroundCameras, detector),
  };
}
