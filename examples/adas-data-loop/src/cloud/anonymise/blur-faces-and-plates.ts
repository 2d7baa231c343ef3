import type { Image } from "../../gen/adas/dataloop/v1/sensor.js";

export interface Detection {
  kind: "face" | "plate";
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The face/plate detector (an ONNX model served by the perception team), injected for testability. */
export interface FaceAndPlateDetector {
  detect(frame: Image): readonly Detection[];
}

/** Bytes per pixel of the raw encodings the cameras produce (sensor_msgs/image_encodings). */
const CHANNELS: Record<string, number> = { rgb8: 3, bgr8: 3, mono8: 1 };

/** Pixelation cell size: coarse enough that a 32 px face or 16 px plate is unreadable. */
const CELL = 8;
/** Detections are grown by this share on each side so that box jitter cannot leave an edge readable. */
const MARGIN = 0.15;

/**
 * Pixelates every detected face and licence plate (GB/T 44464-2024 §5.6.2). Declared as a sanitizer
 * in vdx.config.yaml: its result no longer carries `pi.sensitive.exterior-person`, but it is still
 * exterior imagery.
 */
export function blurFacesAndPlates(frames: readonly Image[], detector: FaceAndPlateDetector): Image[] {
  return frames.map((frame) => pixelate(frame, detector.detect(frame)));
}

function pixelate(frame: Image, detections: readonly Detection[]): Image {
  const channels = CHANNELS[frame.encoding];
  // A compressed frame cannot be blurred in place; sending it on unblurred is exactly what must not happen.
  if (channels === undefined) throw new Error(`cannot anonymise a ${frame.encoding} frame: decode it to rgb8 first`);
  const data = Uint8Array.from(frame.data);
  for (const detection of detections) {
    const growX = Math.ceil(detection.width * MARGIN);
    const growY = Math.ceil(detection.height * MARGIN);
    const left = Math.max(0, Math.floor(detection.x) - growX);
    const top = Math.max(0, Math.floor(detection.y) - growY);
    const right = Math.min(frame.width, Math.ceil(detection.x + detection.width) + growX);
    const bottom = Math.min(frame.height, Math.ceil(detection.y + detection.height) + growY);
    for (let cellY = top; cellY < bottom; cellY += CELL) {
      for (let cellX = left; cellX < right; cellX += CELL) {
        fillCellWithMean(data, frame.step, channels, cellX, cellY, Math.min(cellX + CELL, right), Math.min(cellY + CELL, bottom));
      }
    }
  }
  return { ...frame, data };
}

function fillCellWithMean(data: Uint8Array, step: number, channels: number, x0: number, y0: number, x1: number, y1: number): void {
  const sums = new Array<number>(channels).fill(0);
  const pixels = (x1 - x0) * (y1 - y0);
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      for (let c = 0; c < channels; c++) sums[c]! += data[y * step + x * channels + c]!;
    }
  }
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      for (let c = 0; c < channels; c++) data[y * step + x * channels + c] = Math.round(sums[c]! / pixels);
    }
  }
}
