import type { CustomerProfile, FleetHealth, VehicleState } from "../model/vehicle-state.js";
import { coarsenLocation } from "./location.js";
import { DOMESTIC_TSP, EU_CRM, EU_FLEET_HEALTH, EU_TRIP_ANALYTICS } from "./endpoints.js";

async function postJson(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${url}: ${response.status}`);
}

/** Every state goes to the domestic TSP platform (data stays in China). */
export async function storeState(state: VehicleState): Promise<void> {
  await postJson(DOMESTIC_TSP, state);
}

/** Fleet health for the EU after-sales team, covered by SA-2026-0142. */
export async function forwardFleetHealth(state: VehicleState): Promise<void> {
  const health: FleetHealth = {
    vin: state.vin,
    stateOfCharge: state.battery.stateOfCharge,
    packVoltage: state.battery.packVoltage,
  };
  // vdx-assessment: SA-2026-0142
  await postJson(EU_FLEET_HEALTH, health);
}

/** Trip positions for the EU R&D centre: the record's location category is misspelt. */
export async function forwardTrip(state: VehicleState): Promise<void> {
  await postJson(EU_TRIP_ANALYTICS, {
    vin: state.vin,
    latitude: state.latitude,
    longitude: state.longitude,
    speedKph: state.speedKph,
  });
}

/** Coarse positions only: the sanitizer removes the trajectory category. */
export async function forwardRegionStats(state: VehicleState): Promise<void> {
  await postJson(EU_TRIP_ANALYTICS, { region: coarsenLocation(state.latitude, state.longitude) });
}

/** Customer sync to the EU CRM, whose standard contract expired. */
export async function syncCustomer(profile: CustomerProfile): Promise<void> {
  await postJson(EU_CRM, profile);
}

/** A partner endpoint configured at run time: vdx cannot tell where it is. */
export async function notifyPartner(state: VehicleState): Promise<void> {
  await fetch(process.env.PARTNER_WEBHOOK_URL ?? "", { method: "POST", body: JSON.stringify({ vin: state.vin }) });
}
