import { MongoClient } from "mongodb";
import type { DtcReport } from "@lanhai/domain";
import { portalConfig } from "../config.js";
import { portalPool } from "../db.js";

const diagnostics = new MongoClient(portalConfig.diagMongo, { readPreference: "secondaryPreferred" });

const WATCHED_ECUS = ["0x7E0", "0x7E2", "0x7B3"]; // inverter, BMS, thermal controller (global quality case QC-2291)

/** The EU quality team follows the field behaviour of three ECUs shared with the export models. */
export async function mirrorDtcReports(since: string): Promise<number> {
  const reports = await diagnostics
    .db("diagnostics")
    .collection<DtcReport>("dtc_reports")
    .find({ ecuAddress: { $in: WATCHED_ECUS }, capturedAt: { $gt: since } })
    .toArray();
  for (const report of reports) {
    await portalPool.query(
      "INSERT INTO dtc_mirror (report_id, vin, codes, odometer_km) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
      [report.reportId, report.vin, report.dtcCodes, report.odometerKm],
    );
  }
  return reports.length;
}
