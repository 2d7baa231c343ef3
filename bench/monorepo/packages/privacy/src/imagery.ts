import { detectRegions, gaussianBlur, type Region } from "@lanhai/camera-native";

const MIN_FACE_PX = 32;
const MIN_PLATE_PX = 16;

/**
 * Blurs faces (min side ≥ 32 px) and licence plates (min side ≥ 16 px) in JPEG frames,
 * as GB/T 44464-2024 §5.6.2 requires. Detection runs in the camera stack's native module.
 */
export function blurFacesAndPlates(frames: readonly Uint8Array[]): Uint8Array[] {
  return frames.map((frame) => {
    const regions = detectRegions(frame, { faces: true, plates: true }).filter(isLargeEnough);
    return regions.length === 0 ? frame : gaussianBlur(frame, regions, { sigma: 12 });
  });
}

function isLargeEnough(region: Region): boolean {
  const minSide = Math.min(region.width, region.height);
  return region.kind === "face" ? minSide >= MIN_FACE_PX : minSide >= MIN_PLATE_PX;
}
