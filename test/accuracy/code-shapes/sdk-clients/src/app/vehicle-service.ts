import { VehiclesApi, TelemetryApi } from "../sdk/api/vehicles-api";
import { ChargingApi } from "../sdk/api/charging-api";
import { RegionalUploader } from "../sdk/api/regional-uploader";
import { currentPosition, currentVehicle, lastChargeRecord } from "../model/vehicle";

const euUploader = new RegionalUploader("https://upload.example-motors.de");
const cnUploader = new RegionalUploader("https://upload.example-motors.com.cn");

export function vehicleApi(): VehiclesApi {
  return new VehiclesApi(currentVehicle().vin);
}

export async function syncVehicle(): Promise<void> {
  const api = vehicleApi();
  await api.wakeUp();
  await api.reportPosition(currentPosition());
  await new TelemetryApi().pushPosition(currentPosition()); // expect: unassessed-export pi.sensitive.location-trajectory
  await new ChargingApi("eu").pushRecord(lastChargeRecord());
}

export async function uploadEverywhere(): Promise<void> {
  await euUploader.upload(currentPosition()); // expect: unassessed-export pi.sensitive.location-trajectory
  await cnUploader.upload(currentPosition()); // expect-none
}

/** Any of the uploaders the application built may be handed in: judged at the uploader. */
export async function uploadWith(uploader: RegionalUploader): Promise<void> {
  await uploader.upload(currentPosition());
}
