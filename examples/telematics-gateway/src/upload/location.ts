/** Rounds a position to about 11 km, below "precise location" (regulation.md, de-identification). */
export function coarsenLocation(latitude: number, longitude: number): { lat: number; lng: number } {
  return { lat: Math.round(latitude * 10) / 10, lng: Math.round(longitude * 10) / 10 };
}
