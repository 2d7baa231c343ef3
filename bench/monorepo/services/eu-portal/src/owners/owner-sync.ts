import type { Owner } from "@lanhai/domain";
import { AxiosFactory } from "@lanhai/http-kit";
import { portalConfig } from "../config.js";
import { ownersPool, ownersReplicaPool } from "../db.js";

const crm = AxiosFactory.getAxiosInstance(portalConfig.crmApi, { timeoutMs: 10_000 });

/** Nightly: contact data of owners who signed up for the EU portal (moved to Europe) into the EU CRM. */
export async function syncEuOwners(since: string): Promise<number> {
  const { rows } = await ownersPool.query<Owner>(
    `SELECT owner_id AS "ownerId", full_name AS "fullName", mobile, email, preferred_language AS "preferredLanguage"
       FROM owners WHERE eu_portal_enabled AND updated_at > $1`,
    [since],
  );
  for (const owner of rows) {
    await crm.put(`/contacts/${owner.ownerId}`, { name: owner.fullName, phone: owner.mobile, email: owner.email });
  }
  return rows.length;
}

/** Recall campaigns: owners of affected vehicles, read from the replica covered by SA-2025-0417. */
export async function recallContacts(campaignId: string): Promise<{ full_name: string; mobile: string; vin: string }[]> {
  const result = await ownersReplicaPool.query(
    `SELECT o.full_name, o.mobile, v.vin
       FROM owners o JOIN vehicles v ON v.owner_id = o.owner_id
      WHERE v.recall_campaign = $1 AND o.eu_portal_enabled`,
    [campaignId],
  );
  return result.rows;
}

/** Portal usage counters (no personal data) for the monthly management report. */
export async function activeOwnerCount(): Promise<number> {
  const { rows } = await ownersPool.query<{ count: string }>("SELECT count(*) FROM owners WHERE eu_portal_enabled AND active");
  return Number(rows[0]?.count ?? 0);
}
