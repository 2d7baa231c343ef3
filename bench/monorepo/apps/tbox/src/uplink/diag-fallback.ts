import mqtt from "mqtt";
import { tboxConfig } from "../config.js";
import type { DtcSnapshot } from "../generated/dtc-snapshot.js";
import { provisioning } from "../provisioning.js";

// Field-test fallback: when the TSP broker has been unreachable for ten minutes, trouble codes go
// to the engineering broker so the test team in Munich still sees them.
const fallback = mqtt.connect(tboxConfig.diagFallbackMqttUrl, {
  clientId: `tbox-fb-${provisioning.tboxSerial}`,
  reconnectPeriod: 60_000,
});

export function publishDtcFallback(snapshot: DtcSnapshot): void {
  fallback.publish(`fallback/${snapshot.vin}/dtc`, JSON.stringify(snapshot), { qos: 1 });
}
