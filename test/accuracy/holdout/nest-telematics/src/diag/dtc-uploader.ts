import got from "got";
import { ENDPOINTS } from "../config/endpoints.js";
import type { DtcSnapshot } from "../domain/telemetry.js";

const diagClient = got.extend({ prefixUrl: ENDPOINTS.diag, responseType: "json", retry: { limit: 3 } });

export async function uploadDtc(snapshot: DtcSnapshot): Promise<void> {
  await diagClient.post("v1/dtc", { json: snapshot }); // expect: inadequate-assessment behaviour=push ota.ecu-aftersales pi.general.vehicle-identifier
}

export async function uploadDtcStats(snapshots: DtcSnapshot[]): Promise<void> {
  const stats = { total: snapshots.length, generatedAt: new Date().toISOString() };
  await diagClient.post("v1/dtc-stats", { json: stats }); // negative: only a count leaves
}
