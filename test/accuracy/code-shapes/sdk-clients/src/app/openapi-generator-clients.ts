import { Configuration, VehiclesApi } from "../generated/openapi-generator";
import { currentPosition, currentVehicle } from "../model/vehicle";

declare const process: { env: Record<string, string | undefined> };

const configured = new VehiclesApi(new Configuration({ basePath: process.env.FLEET_API_URL ?? "https://fleet-eu.example-motors.de/v2" }));
const domestic = new VehiclesApi(new Configuration({ basePath: "https://fleet.example-motors.com.cn/v2" }));

export async function publishGeneratedPosition(): Promise<void> {
  const { vin } = currentVehicle();
  const { latitude, longitude } = currentPosition();
  await configured.postVehiclePosition(vin, { latitude, longitude }); // expect: unassessed-export pi.general.vehicle-identifier pi.sensitive.location-trajectory
  await domestic.postVehiclePosition(vin, { latitude, longitude }); // expect-none
  // No configuration: the generator's BASE_PATH.
  await new VehiclesApi().postVehiclePosition(vin, { latitude, longitude }); // expect: unassessed-export pi.general.vehicle-identifier pi.sensitive.location-trajectory
}
