import type { VehicleState } from "../model/vehicle-state.js";

/** The subset of a KUKSA-style VSS data broker client the gateway uses. */
export interface VssClient {
  getCurrentValues(paths: string[]): Promise<Record<string, number | string>>;
}

/** Reads the COVESA VSS signals of one vehicle into a `VehicleState`. */
export async function readVehicleState(client: VssClient): Promise<VehicleState> {
  const values = await client.getCurrentValues([
    "Vehicle.VehicleIdentification.VIN",
    "Vehicle.CurrentLocation.Latitude",
    "Vehicle.CurrentLocation.Longitude",
    "Vehicle.Speed",
    "Vehicle.Powertrain.TractionBattery.StateOfCharge.Current",
    "Vehicle.Powertrain.TractionBattery.CurrentVoltage",
    "Vehicle.Powertrain.TractionBattery.CurrentCurrent",
  ]);
  return {
    vin: String(values["Vehicle.VehicleIdentification.VIN"]),
    sampledAtMs: Date.now(),
    latitude: Number(values["Vehicle.CurrentLocation.Latitude"]),
    longitude: Number(values["Vehicle.CurrentLocation.Longitude"]),
    speedKph: Number(values["Vehicle.Speed"]),
    battery: {
      stateOfCharge: Number(values["Vehicle.Powertrain.TractionBattery.StateOfCharge.Current"]),
      packVoltage: Number(values["Vehicle.Powertrain.TractionBattery.CurrentVoltage"]),
      packCurrent: Number(values["Vehicle.Powertrain.TractionBattery.CurrentCurrent"]),
    },
  };
}
