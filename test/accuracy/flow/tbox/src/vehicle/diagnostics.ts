import axios from "axios";
import { DatabrokerClient } from "../shared/vss-client";

const broker = new DatabrokerClient("127.0.0.1:55555");

/** @vdx ota.ecu-aftersales */
export interface DtcReport {
  ecu: string;
  codes: string[];
}

export declare function readDtcs(): DtcReport;

export async function uploadDtcs(): Promise<void> {
  const report = readDtcs();
  await axios.post("https://diag.example-motors.de/dtc", report); // expect: vehicle-direct-export ota.ecu-aftersales
  await axios.post("https://diag.example-motors.com.cn/dtc", report); // expect-none
}

export async function uploadVin(): Promise<void> {
  const vin = await broker.getCurrentValue("Vehicle.VehicleIdentification.VIN");
  await fetch("https://diag.example-motors.de/vin", { method: "PUT", body: String(vin.value) }); // expect: vehicle-direct-export pi.general.vehicle-identifier
}

export async function uploadBatch(): Promise<void> {
  const values = await broker.getCurrentValues(["Vehicle.Speed", "Vehicle.VehicleIdentification.VIN"]);
  await fetch("https://diag.example-motors.de/batch", { method: "POST", body: JSON.stringify(values) }); // expect: vehicle-direct-export pi.general.driving-behaviour pi.general.vehicle-identifier
}

export async function uploadVinFromBatch(): Promise<void> {
  // One batch read, but only the VIN entry leaves: the speed read next to it stays on the vehicle.
  const values = await broker.getCurrentValues(["Vehicle.Speed", "Vehicle.VehicleIdentification.VIN"]);
  await fetch("https://diag.example-motors.de/vin", { method: "PUT", body: String(values["Vehicle.VehicleIdentification.VIN"]) }); // expect: vehicle-direct-export pi.general.vehicle-identifier
}
