import axios from "axios";
import { vehicleStatus, currentTrip } from "../model/trip";
import { REPORTS, LEGACY, FLEET } from "../config/endpoints";
import { postJson, postRegional } from "../http/post-json";

export async function reportStatus(): Promise<void> {
  const status = vehicleStatus();
  await axios.post(REPORTS, status); // expect-none
}

export async function reportStatusWithPosition(): Promise<void> {
  const status = vehicleStatus();
  const trip = currentTrip();
  await axios.post(REPORTS, { ...status, position: trip.end }); // expect: inadequate-assessment conn.operating-condition pi.general.vehicle-identifier pi.sensitive.location-trajectory
}

export async function reportLegacy(): Promise<void> {
  const trip = currentTrip();
  await axios.post(LEGACY, { vin: trip.vin, at: trip.end }); // expect: inadequate-assessment pi.general.vehicle-identifier pi.sensitive.location-trajectory
}

export async function reportFleetPositions(): Promise<void> {
  const trip = currentTrip();
  await postJson(FLEET, { vin: trip.vin, lat: trip.end.lat }); // expect: inadequate-assessment pi.general.vehicle-identifier pi.sensitive.location-trajectory
}

export async function reportFleetVinOnly(): Promise<void> {
  const trip = currentTrip();
  await postJson(FLEET, { vin: trip.vin }); // expect-none
}

export async function reportRegional(): Promise<void> {
  const status = vehicleStatus();
  await postRegional("de", status); // expect: unassessed-export conn.operating-condition pi.general.vehicle-identifier
  await postRegional("com.cn", status); // expect-none
}

export async function reportCitedButWrong(): Promise<void> {
  const trip = currentTrip();
  // vdx-assessment: SA-2026-0101
  await axios.post(REPORTS, { start: trip.start }); // expect: inadequate-assessment pi.sensitive.location-trajectory
}

export async function reportCitedAndCovered(): Promise<void> {
  const status = vehicleStatus();
  // vdx-assessment: SA-2026-0101
  await axios.post(REPORTS, { vin: status.vin, t: status.motorTemperatureC }); // expect-none
}

export async function reportCitedMissing(): Promise<void> {
  const status = vehicleStatus();
  await axios.post("https://telemetry.example-motors.de/v1/status", status); // vdx-assessment: SA-2099-9999 expect: unassessed-export conn.operating-condition pi.general.vehicle-identifier
}
