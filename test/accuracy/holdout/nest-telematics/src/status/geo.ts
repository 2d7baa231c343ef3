import type { GeoFix } from "../domain/telemetry.js";

/** Rounds a fix to a city-level cell id (declared as a sanitizer in vdx.config.yaml). */
export function toCityLevel(fix: GeoFix): string {
  return `${Math.round(fix.lat * 10) / 10}:${Math.round(fix.lon * 10) / 10}`;
}
