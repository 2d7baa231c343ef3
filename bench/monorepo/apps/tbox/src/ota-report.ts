import { tboxConfig } from "./config.js";
import { provisioning } from "./provisioning.js";

export interface CampaignResult {
  campaignId: string;
  result: "SUCCESS" | "FAILED" | "ROLLED_BACK";
  durationS: number;
}

export async function reportCampaignResult(outcome: CampaignResult): Promise<void> {
  await fetch(`${tboxConfig.otaUrl}/campaigns/${outcome.campaignId}/results`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ vin: provisioning.vin, result: outcome.result, durationS: outcome.durationS }),
  });
}

export async function serverTime(): Promise<number> {
  const response = await fetch(tboxConfig.timeUrl, { headers: { "x-firmware": provisioning.firmware } });
  const { epochMs } = (await response.json()) as { epochMs: number };
  return epochMs;
}
