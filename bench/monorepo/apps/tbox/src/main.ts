import { EventEmitter } from "node:events";
import type { ExteriorClip, TripSummary } from "@lanhai/domain";
import type { VehicleState } from "@lanhai/proto";
import { reportCrash } from "./crash-reporter.js";
import type { DtcSnapshot } from "./generated/dtc-snapshot.js";
import { reportCampaignResult, serverTime, type CampaignResult } from "./ota-report.js";
import { uploadEventClip } from "./uplink/clip-upload.js";
import { publishDtcFallback } from "./uplink/diag-fallback.js";
import { isTspConnected, publishDtc, publishState } from "./uplink/mqtt-uplink.js";
import { uploadTripLog } from "./uplink/trip-log.js";

/** Events from the vehicle-bus daemon (CAN gateway), delivered over a local socket. */
export const vehicleBus = new EventEmitter();
let tspDownSince: number | undefined;

vehicleBus.on("state", (state: VehicleState) => publishState(state));
vehicleBus.on("trip", (trip: TripSummary) => void uploadTripLog(trip));
vehicleBus.on("clip", (clip: ExteriorClip) => void uploadEventClip(clip));
vehicleBus.on("ota-result", (outcome: CampaignResult) => void reportCampaignResult(outcome));

vehicleBus.on("dtc", (snapshot: DtcSnapshot) => {
  if (isTspConnected()) {
    tspDownSince = undefined;
    publishDtc(snapshot);
    return;
  }
  tspDownSince ??= Date.now();
  if (Date.now() - tspDownSince > 10 * 60_000) publishDtcFallback(snapshot);
});

process.on("uncaughtException", (error) => {
  reportCrash(error);
  process.exitCode = 1;
});

setInterval(() => void serverTime(), 3_600_000);
