// negative: replication between two Chinese regions
import OSS from "ali-oss";
import type { ChargeSession } from "../../shared/types";

const oss = new OSS({ region: "oss-cn-hangzhou", bucket: "sessions-hz" });

export async function read(key: string) {
  return JSON.parse(String((await oss.get(key)).content)) as ChargeSession;
}

export async function replicateToShanghai() {
  await oss.putBucketReplication("sessions-hz", { destination: { bucket: "sessions-sh", location: "oss-cn-shanghai" } });
}
