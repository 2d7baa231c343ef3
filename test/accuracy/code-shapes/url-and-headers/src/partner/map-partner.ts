import { activeVehicle } from "../model/vehicle";

/** A partner covered by a standard contract for the VIN: the path segment is covered. */
export async function registerWithMapPartner(): Promise<void> {
  const { vin } = activeVehicle();
  await fetch(`https://tiles.example-maps.jp/v1/vehicles/${vin}`, { method: "PUT" }); // expect-none
}
