import OSS from "ali-oss";
import type { ChargeSession } from "../../../shared/model";

// Closed sessions are archived as JSON in Hangzhou.
const archive = new OSS({ region: "oss-cn-hangzhou", bucket: "charging-sessions-archive", accessKeyId: "from-vault", accessKeySecret: "from-vault" });

export async function archiveSession(session: ChargeSession): Promise<void> {
  await archive.put(`sessions/${session.id}.json`, Buffer.from(JSON.stringify(session)));
}

/** Disaster recovery: replicate the archive bucket to Frankfurt. */
export async function enableDisasterRecovery(): Promise<void> {
  await archive.putBucketReplication("charging-sessions-archive", { destination: { bucket: "charging-sessions-dr", location: "oss-eu-central-1" } });
}
