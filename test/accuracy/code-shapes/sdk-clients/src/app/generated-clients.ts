import createClient from "openapi-fetch";
import * as grpc from "@grpc/grpc-js";
import { createClient as createConnectClient } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { getVehicleStatus, postVehiclePosition } from "../generated/hey-api/sdk.gen";
import { ChargingService } from "../generated/openapi-codegen/services/ChargingService";
import { postVehicleTrip } from "../generated/orval/trips";
// @ts-ignore generated JavaScript without declarations
import { TelemetryClient } from "../generated/grpc/telemetry_grpc_pb";
import { currentPosition, currentVehicle, lastChargeRecord } from "../model/vehicle";

declare const TelemetryService: unknown;
declare const paths: unknown;

const fleetApi = createClient<typeof paths>({ baseUrl: "https://fleet-v2.example-motors.de" });

export async function publishPosition(): Promise<void> {
  const { vin } = currentVehicle();
  const { latitude, longitude } = currentPosition();
  await postVehiclePosition({ path: { vin }, body: { latitude, longitude } }); // expect: unassessed-export pi.general.vehicle-identifier pi.sensitive.location-trajectory
  await getVehicleStatus({ path: { vin } }); // expect: unassessed-export pi.general.vehicle-identifier
  await fleetApi.POST("/vehicles/{vin}/positions", { params: { path: { vin } }, body: { latitude, longitude } }); // expect: unassessed-export pi.general.vehicle-identifier pi.sensitive.location-trajectory
  await fleetApi.GET("/vehicles/{vin}/nickname", { params: { path: { vin: currentVehicle().nickname } } }); // expect-none
}

export async function publishCharge(): Promise<void> {
  const record = lastChargeRecord();
  await ChargingService.postChargeRecord(record.vin, record);
}

export async function publishTrip(): Promise<void> {
  const { latitude, longitude } = currentPosition();
  await postVehicleTrip(currentVehicle().vin, [{ lat: latitude, lng: longitude }]); // expect: unassessed-export pi.general.vehicle-identifier pi.sensitive.location-trajectory
}

export function reportOverGrpc(): void {
  const client = new TelemetryClient("telemetry.example-motors.de:443", grpc.credentials.createSsl());
  client.report({ vin: currentVehicle().vin }, () => undefined); // expect: unassessed-export pi.general.vehicle-identifier
}

export async function reportOverConnect(): Promise<void> {
  const transport = createGrpcTransport({ baseUrl: "https://telemetry-connect.example-motors.de" });
  const client = createConnectClient(TelemetryService as never, transport) as { report(request: object): Promise<void> };
  await client.report({ position: currentPosition() }); // expect: unassessed-export pi.sensitive.location-trajectory
}
