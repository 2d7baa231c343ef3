import { activeOwnerCount } from "../owners/owner-sync.js";
import { portalPool } from "../db.js";

export async function reportUsage(month: string): Promise<number> {
  const active = await activeOwnerCount();
  await portalPool.query("INSERT INTO usage_reports (month, active_owners) VALUES ($1, $2)", [month, active]);
  return active;
}
