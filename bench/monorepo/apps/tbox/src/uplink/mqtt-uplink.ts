import mqtt from "mqtt";
import { VehicleState } from "@lanhai/proto";
import { tboxConfig } from "../config.js";
import type { DtcSnapshot } from "../generated/dtc-snapshot.js";
import { provisioning } from "../provisioning.js";

const tsp = mqtt.connect(tboxConfig.tspMqttUrl, {
  clientId: `tbox-${provisioning.tboxSerial}`,
  clean: false,
  keepalive: 60,
  ca: process.env.TSP_CA_BUNDLE,
});

export function isTspConnected(): boolean {
  return tsp.connected;
}

export function publishState(state: VehicleState): void {
  tsp.publish(`v1/${state.vin}/state`, Buffer.from(VehicleState.encode(state).finish()), { qos: 1 });
}

export function publishDtc(snapshot: DtcSnapshot): void {
  tsp.publish(`v1/${snapshot.vin}/dtc`, JSON.stringify(snapshot), { qos: 1 });
}
