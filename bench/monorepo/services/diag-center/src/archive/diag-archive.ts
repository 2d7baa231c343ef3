import { storage } from "@lanhai/config";
import type { DtcReport } from "@lanhai/domain";
import { cos } from "./cos-client.js";

/** Long-term archive of DTC reports for warranty claims (ten years). */
export async function archiveReport(report: DtcReport): Promise<void> {
  await cos.putObject({
    Bucket: storage.diagArchive.bucket,
    Region: storage.diagArchive.region,
    Key: `dtc/${report.capturedAt.slice(0, 7)}/${report.reportId}.json`,
    Body: JSON.stringify(report),
    ContentType: "application/json",
  });
}
