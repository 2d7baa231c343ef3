/**
 * A GNSS fix as reported by the T-Box (WGS-84; GCJ-02 conversion happens in the map layer).
 * @vdx pi.sensitive.location-trajectory
 */
export interface GeoFix {
  lat: number;
  lng: number;
  headingDeg?: number;
  accuracyM?: number;
}

export interface TimedFix {
  fix: GeoFix;
  /** @vdx none */
  recordedAt: string;
}
