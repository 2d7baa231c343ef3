import type { GeoFix, TripSummary } from "@lanhai/domain";

/** A 5 km grid cell plus the city it falls in: what analytics may keep of a position. */
export interface CoarseArea {
  cityCode: string;
  gridId: string;
}

export interface CityFlow {
  cityCode: string;
  vehicleCount: number;
  tripCount: number;
}

const GRID_DEG = 0.045; // ≈ 5 km at mid latitudes

export function coarsenLocation(fix: GeoFix): CoarseArea {
  const row = Math.floor(fix.lat / GRID_DEG);
  const col = Math.floor(fix.lng / GRID_DEG);
  return { cityCode: cityOf(row, col), gridId: `${row}:${col}` };
}

/** Trips per city of origin; only cities with at least 20 vehicles are kept (k-anonymity). */
export function aggregateByCity(trips: readonly TripSummary[]): CityFlow[] {
  const byCity = new Map<string, { vins: Set<string>; trips: number }>();
  for (const trip of trips) {
    const { cityCode } = coarsenLocation(trip.start);
    const entry = byCity.get(cityCode) ?? { vins: new Set<string>(), trips: 0 };
    entry.vins.add(trip.vin);
    entry.trips += 1;
    byCity.set(cityCode, entry);
  }
  return [...byCity.entries()]
    .filter(([, entry]) => entry.vins.size >= 20)
    .map(([cityCode, entry]) => ({ cityCode, vehicleCount: entry.vins.size, tripCount: entry.trips }));
}

function cityOf(row: number, col: number): string {
  // The real lookup uses the admin-division polygons shipped with the map layer.
  return `C${(row * 7919 + col) % 4096}`;
}
