import axios from "axios";
import { activeVehicle } from "../model/vehicle";

const FLEET_API = "https://fleet.example-motors.de/api";

/** The VIN is a path segment of the command URL. */
export async function wakeUp(): Promise<void> {
  const vehicle = activeVehicle();
  await fetch(`${FLEET_API}/vehicles/${vehicle.vin}/wake_up`, { method: "POST" }); // expect: unassessed-export pi.general.vehicle-identifier
}

export async function honk(): Promise<void> {
  const vehicle = activeVehicle();
  await axios.post(FLEET_API + "/vehicles/" + encodeURIComponent(vehicle.vin) + "/honk"); // expect: unassessed-export pi.general.vehicle-identifier
}

/** The VIN in a request header. */
export async function flashLights(): Promise<void> {
  const vehicle = activeVehicle();
  await fetch(`${FLEET_API}/commands/flash`, { method: "POST", headers: { "Content-Type": "application/json", "X-Vehicle-Id": vehicle.vin } }); // expect: unassessed-export pi.general.vehicle-identifier
}

export async function lockDoors(): Promise<void> {
  const vehicle = activeVehicle();
  const headers = new Headers({ Accept: "application/json" });
  headers.set("X-Vehicle-Id", vehicle.vin);
  await fetch(`${FLEET_API}/commands/lock`, { method: "POST", headers }); // expect: unassessed-export pi.general.vehicle-identifier
}

export async function startClimate(): Promise<void> {
  const vehicle = activeVehicle();
  await axios.post(`${FLEET_API}/commands/climate`, { on: true }, { headers: { "X-Vehicle-Id": vehicle.vin } }); // expect: unassessed-export pi.general.vehicle-identifier
}

/** Only the fleet id, which is no vehicle data. */
export async function fleetSummary(): Promise<void> {
  const vehicle = activeVehicle();
  await fetch(`${FLEET_API}/fleets/${vehicle.fleetId}/summary`, { headers: { "X-Fleet": vehicle.fleetId } }); // expect-none
}
