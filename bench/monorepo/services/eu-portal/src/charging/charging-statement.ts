import OSS from "ali-oss";
import type { ChargeDetailRecord } from "@lanhai/domain";
import { portalConfig } from "../config.js";
import { portalPool } from "../db.js";

const cdrArchive = new OSS({
  region: portalConfig.cdrArchive.region,
  bucket: portalConfig.cdrArchive.bucket,
  accessKeyId: process.env.CN_OSS_KEY_ID ?? "",
  accessKeySecret: process.env.CN_OSS_KEY_SECRET ?? "",
  secure: true,
});

async function archivedCdr(day: string, cdrId: string): Promise<ChargeDetailRecord> {
  const result = await cdrArchive.get(`cdr/${day}/${cdrId}.json`);
  return JSON.parse(result.content.toString("utf8")) as ChargeDetailRecord;
}

/** Monthly charging statement for EU fleet customers who also charge in China. */
export async function buildChargingStatements(day: string): Promise<number> {
  const { rows } = await portalPool.query<{ cdr_id: string; customer_id: string }>(
    "SELECT cdr_id, customer_id FROM pending_statement_lines WHERE day = $1",
    [day],
  );
  for (const row of rows) {
    const cdr = await archivedCdr(day, row.cdr_id);
    await portalPool.query(
      `INSERT INTO statement_lines (customer_id, cdr_id, vin, energy_wh, amount, currency, billing_account)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [row.customer_id, cdr.cdrId, cdr.vin, cdr.energyWh, cdr.totalCost, cdr.currency, cdr.billingAccount],
    );
  }
  return rows.length;
}
