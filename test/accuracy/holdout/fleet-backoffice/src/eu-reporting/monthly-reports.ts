import { replica, euWarehouse } from "./replica.js";
import type { FleetVehicle } from "../domain/fleet.js";

export async function monthlyMileageReport(month: string): Promise<number> { // negative: processing abroad covered by SA-2026-2201 (all behaviours)
  const { rows } = await replica.query<FleetVehicle>("SELECT vin, mileage_km FROM fleet_vehicles WHERE month = $1", [month]); // negative: vin + mileage covered by SA-2026-2201
  await euWarehouse.query("INSERT INTO mileage_report (month, total) VALUES ($1, $2)", [month, rows.reduce((sum, r) => sum + r.mileageKm, 0)]);
  return rows.length;
}

export async function lastKnownPositions(fleetId: string): Promise<Array<Pick<FleetVehicle, "vin" | "lastLatitude" | "lastLongitude">>> { // expect: inadequate-assessment behaviour=processing-abroad pi.general.vehicle-identifier pi.sensitive.location-trajectory
  const { rows } = await replica.query<FleetVehicle>("SELECT vin, last_latitude, last_longitude FROM fleet_vehicles WHERE fleet_id = $1", [fleetId]); // expect: inadequate-assessment behaviour=remote-access pi.general.vehicle-identifier pi.sensitive.location-trajectory
  return rows.map((r) => ({ vin: r.vin, lastLatitude: r.lastLatitude, lastLongitude: r.lastLongitude }));
}

export async function fleetSizes(): Promise<Array<{ fleet_id: string; active: number }>> { // negative: aggregates only
  const { rows } = await replica.query("SELECT fleet_id, count(*) AS active FROM fleet_vehicles GROUP BY fleet_id"); // negative: no classified column selected
  return rows;
}

export async function warehouseVehicles(): Promise<FleetVehicle[]> {
  const { rows } = await euWarehouse.query<FleetVehicle>("SELECT * FROM fleet_vehicles_eu"); // negative: store in Germany, nothing stored in China is read
  return rows;
}
