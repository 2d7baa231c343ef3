import OSS from "ali-oss";
import type { ChargeSession } from "../../shared/types";

const oss = new OSS({ region: "oss-cn-hangzhou", bucket: "charging-archive" });

export async function readBack(key: string) {
  const result = await oss.get(key);
  return JSON.parse(String(result.content)) as ChargeSession;
}

export async function replicateToSingapore() {
  await oss.putBucketReplication("charging-archive", { destination: { bucket: "charging-archive-sg", location: "oss-ap-southeast-1" } }); // expect: unassessed-export behaviour=remote-access
}
