import { buildChargingStatements } from "../charging/charging-statement.js";
import { mirrorDtcReports } from "../diagnostics/dtc-mirror.js";
import { syncEuOwners } from "../owners/owner-sync.js";
import { sendRecallLetters } from "./recall-letters.js";
import { reportUsage } from "./usage-report.js";

/** Batch jobs, started by Kubernetes CronJobs as `node dist/jobs/runner.js <job> <argument>`. */
export const jobs: Record<string, (argument: string) => Promise<number>> = {
  "owner-sync": syncEuOwners,
  "recall-letters": sendRecallLetters,
  "charging-statements": buildChargingStatements,
  "dtc-mirror": mirrorDtcReports,
  "usage-report": reportUsage,
};
