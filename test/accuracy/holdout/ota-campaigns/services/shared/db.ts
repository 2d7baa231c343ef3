import { Pool } from "pg";
import type { CampaignStats, CampaignTarget, InstallFailure } from "./types.js";

const pool = new Pool({ connectionString: "postgres://ota@pg-campaign.ota.autoflux.com.cn:5432/ota" });

export class CampaignRepository {
  async targets(campaignId: string): Promise<CampaignTarget[]> {
    const { rows } = await pool.query<CampaignTarget>("SELECT vin, current_sw_version, campaign_id, status FROM campaign_targets WHERE campaign_id = $1", [campaignId]);
    return rows;
  }

  async failures(campaignId: string): Promise<InstallFailure[]> {
    const { rows } = await pool.query<InstallFailure>("SELECT * FROM install_failures WHERE campaign_id = $1", [campaignId]);
    return rows;
  }

  async stats(campaignId: string): Promise<CampaignStats> {
    const { rows } = await pool.query<CampaignStats>("SELECT campaign_id, installed, failed FROM campaign_stats WHERE campaign_id = $1", [campaignId]);
    return rows[0]!;
  }
}

export const campaigns = new CampaignRepository();
