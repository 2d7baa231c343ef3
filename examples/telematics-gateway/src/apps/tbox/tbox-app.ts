import { readVehicleState, type VssClient } from "../../signals/vss-reader.js";

const TSP_INGEST = "https://ingest.example-motors.com.cn/v1/states";
/** The EU diagnostics backend. On-vehicle code must never call it directly. */
const EU_DIAGNOSTICS = "https://diag.example-motors.de/v1/snapshots";

/** Main loop of the T-Box telematics app: sample, send to the TSP, repeat. */
export async function tick(client: VssClient): Promise<void> {
  const state = await readVehicleState(client);
  await fetch(TSP_INGEST, { method: "POST", body: JSON.stringify(state) });
}

/** A debugging shortcut left in the T-Box build: sends the VIN and position straight to Germany. */
export async function sendDiagnosticSnapshot(client: VssClient): Promise<void> {
  const state = await readVehicleState(client);
  await fetch(EU_DIAGNOSTICS, {
    method: "POST",
    body: JSON.stringify({ vin: state.vin, latitude: state.latitude, longitude: state.longitude }),
  });
}
