import { Pool } from "pg";
import { MongoClient } from "mongodb";
import type { CampaignTarget, InstallFailure } from "../../shared/types.js";

// The analytics service runs in Singapore and reads the campaign databases in China.
const campaignDb = new Pool({ connectionString: "postgres://analytics@pg-campaign.ota.autoflux.com.cn:5432/ota", ssl: true });
const localDb = new Pool({ connectionString: "postgres://analytics@pg.analytics.autoflux.sg:5432/dash" });
const failureLogs = new MongoClient("mongodb://analytics@ota-logs.ota.autoflux.com.cn:27017/?tls=true");

export async function refreshInstallDashboard(): Promise<number> { // expect: inadequate-assessment behaviour=processing-abroad pi.general.vehicle-identifier
  const { rows } = await campaignDb.query<CampaignTarget>("SELECT vin, current_sw_version, status FROM campaign_targets WHERE status <> 'pending'"); // negative: remote access covered by SA-2026-3302
  await localDb.query("REFRESH MATERIALIZED VIEW install_dashboard");
  return rows.filter((r) => r.status === "installed").length;
}

export async function campaignProgress(): Promise<Array<{ campaign_id: string; installed: number }>> { // negative: aggregates only
  const { rows } = await campaignDb.query("SELECT campaign_id, count(*) FILTER (WHERE status = 'installed') AS installed FROM campaign_targets GROUP BY campaign_id"); // negative: no classified column selected
  return rows;
}

export async function recentFailures(): Promise<InstallFailure[]> { // expect: unassessed-export behaviour=processing-abroad pi.general.vehicle-identifier pi.sensitive.location-trajectory
  return failureLogs.db("ota").collection<InstallFailure>("install_failures").find({ createdAt: { $gt: new Date(Date.now() - 86_400_000) } }).toArray(); // expect: unassessed-export behaviour=remote-access ota.ecu-aftersales pi.general.vehicle-identifier pi.sensitive.location-trajectory
}

export async function localTargets(): Promise<CampaignTarget[]> {
  const { rows } = await localDb.query<CampaignTarget>("SELECT * FROM campaign_targets_sg"); // negative: the store is in Singapore
  return rows;
}
