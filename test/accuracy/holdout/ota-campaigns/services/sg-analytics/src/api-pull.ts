import type { InstallFailure } from "../../shared/types.js";

const CN_API = "https://api.ota.autoflux.com.cn/v1";

export async function pullFailureSummary(campaignId: string): Promise<Array<Pick<InstallFailure, "vin" | "errorCode">>> { // expect: unassessed-export behaviour=processing-abroad pi.general.vehicle-identifier
  const response = await fetch(`${CN_API}/campaigns/${campaignId}/failures?fields=vin,errorCode`); // expect: unassessed-export behaviour=remote-access ota.ecu-aftersales pi.general.vehicle-identifier
  const failures = (await response.json()) as Array<Pick<InstallFailure, "vin" | "errorCode">>;
  return failures;
}

export async function pullCampaignCount(): Promise<number> {
  const response = await fetch(`${CN_API}/campaigns/count`); // negative: a number, no classified type
  const { count } = (await response.json()) as { count: number };
  return count;
}
