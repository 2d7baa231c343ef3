import { S3Client, PutObjectCommand, PutBucketReplicationCommand } from "@aws-sdk/client-s3";
import type { ChargeSession } from "../../shared/types";

const s3 = new S3Client({ region: "cn-north-1" });

export async function archive(session: ChargeSession) {
  await s3.send(new PutObjectCommand({ Bucket: "charging-sessions-cn", Key: `${session.id}.json`, Body: JSON.stringify(session) }));
}

export async function enableReplication(role: string) {
  await s3.send(new PutBucketReplicationCommand({ Bucket: "charging-sessions-cn", ReplicationConfiguration: { Role: role, Rules: [{ Status: "Enabled", Destination: { Bucket: "arn:aws:s3:::charging-replica-eu" } }] } })); // expect: unassessed-export behaviour=remote-access
}
