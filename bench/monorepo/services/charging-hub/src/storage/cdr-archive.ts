import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import OSS from "ali-oss";
import type { ChargeDetailRecord, ChargeSession } from "@lanhai/domain";
import { hubConfig } from "../config.js";

const archive = new OSS({
  region: hubConfig.storage.cdrArchive.region,
  bucket: hubConfig.storage.cdrArchive.bucket,
  accessKeyId: process.env.OSS_ACCESS_KEY_ID ?? "",
  accessKeySecret: process.env.OSS_ACCESS_KEY_SECRET ?? "",
  secure: true,
});

const reporting = new S3Client({ region: hubConfig.storage.biExports.region });

/** Seven-year retention of every CDR (tax law), in the Shanghai region. */
export async function archiveCdr(cdr: ChargeDetailRecord): Promise<void> {
  const day = cdr.endedAt.slice(0, 10);
  await archive.put(`cdr/${day}/${cdr.cdrId}.json`, Buffer.from(JSON.stringify(cdr)), {
    headers: { "x-oss-server-side-encryption": "KMS" },
  });
}

/** Monthly energy per station for the group controlling team in Munich. */
export async function exportMonthlyEnergyReport(month: string, sessions: readonly ChargeSession[]): Promise<void> {
  const rows = sessions.map((s) => ({ station: s.stationId, kwh: s.energyWh / 1000, peakKw: s.peakPowerKw }));
  await reporting.send(
    new PutObjectCommand({
      Bucket: hubConfig.storage.biExports.bucket,
      Key: `charging/energy-${month}.json`,
      Body: JSON.stringify(rows),
      ContentType: "application/json",
    }),
  );
}
