import * as Sentry from "@sentry/node";
import { datadogLogs } from "./observability.js";
import type { CampaignTarget, InstallFailure } from "../../shared/types.js";

export function reportInstallFailure(failure: InstallFailure, error: Error): void {
  Sentry.captureException(error, { extra: { vin: failure.vin, ecu: failure.ecuId, code: failure.errorCode } }); // expect: unassessed-export behaviour=push ota.ecu-aftersales pi.general.vehicle-identifier
}

export function tagCampaign(target: CampaignTarget): void {
  Sentry.setTag("campaign", target.campaignId); // negative: campaign id is not classified
}

export function traceTarget(target: CampaignTarget): void {
  Sentry.withScope((scope) => {
    scope.setExtra("vehicle", target.vin); // expect: unassessed-export behaviour=push pi.general.vehicle-identifier
    Sentry.captureMessage(`install pending for campaign ${target.campaignId}`); // negative: message carries the campaign id only
  });
}

export async function logFailure(failure: InstallFailure): Promise<void> {
  await datadogLogs.submitLog({ body: [{ message: `install failed on ${failure.vin}`, ddtags: `ecu:${failure.ecuId},campaign:${failure.campaignId}`, service: "ota-campaigns" }] }); // expect: unassessed-export behaviour=push ota.ecu-aftersales pi.general.vehicle-identifier
}

export async function logStats(campaignId: string, installed: number): Promise<void> {
  await datadogLogs.submitLog({ body: [{ message: `campaign ${campaignId}: ${installed} installed`, service: "ota-campaigns" }] }); // negative: counts only
}
