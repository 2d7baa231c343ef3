import { Pool } from "pg";
import { ENDPOINTS } from "../config/endpoints.js";
import { postJson } from "../http/post-json.js";
import type { DealerProfile, OwnerContact, VehicleStatus } from "../domain/telemetry.js";

const pool = new Pool({ connectionString: "postgres://telematics@pg.iov.autoflux.com.cn:5432/iov" });

export async function notifyDealer(contact: OwnerContact): Promise<void> {
  const { rows } = await pool.query<DealerProfile>("SELECT dealer_code, webhook_url FROM dealers WHERE vin = $1", [contact.vin]);
  const dealer = rows[0];
  if (!dealer) return;
  await postJson(dealer.webhookUrl, { vin: contact.vin, customer: contact.fullName }); // expect: unresolved-destination behaviour=push pi.general.identity-contact pi.general.vehicle-identifier
}

export async function backupStatus(status: VehicleStatus): Promise<void> {
  await postJson(process.env.STATUS_BACKUP_URL!, status); // expect: unresolved-destination behaviour=push conn.operating-condition pi.general.vehicle-identifier pi.sensitive.location-trajectory
}

export async function pushMetrics(status: VehicleStatus): Promise<void> {
  await postJson(`${ENDPOINTS.metrics}/metrics/job/telematics`, { vin: status.vin, soc: status.socPercent }); // negative: internal push gateway
}

export async function archiveDomestic(status: VehicleStatus): Promise<void> {
  await postJson("https://archive.autoflux.com.cn/v1/status", status); // negative: domestic archive
}
