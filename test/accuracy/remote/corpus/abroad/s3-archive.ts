import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";
import type { ChargeSession } from "../shared/types";

const s3 = new S3Client({ region: "cn-north-1" });

export async function loadArchive(day: string) { // expect: unassessed-export behaviour=processing-abroad
  const object = await s3.send(new GetObjectCommand({ Bucket: "charging-archive-cn", Key: `sessions/${day}.json` })); // expect: unassessed-export behaviour=remote-access
  const text = await object.Body!.transformToString();
  const sessions = JSON.parse(text) as ChargeSession[];
  return sessions.length;
}
