import { storage } from "@lanhai/config";
import { cos } from "./cos-client.js";

/**
 * Replicates the DTC archive to the regional after-sales hub in Singapore (quality analytics of
 * the SEA team). Run once per environment by the infra pipeline.
 */
export async function enableAftersalesReplication(): Promise<void> {
  await cos.putBucketReplication({
    Bucket: storage.diagArchive.bucket,
    Region: storage.diagArchive.region,
    ReplicationConfiguration: {
      Role: "qcs::cam::uin/100032118805:roleName/COS_ReplicationRole",
      Rules: [
        {
          ID: "sea-aftersales",
          Status: "Enabled",
          Prefix: "dtc/",
          Destination: { Bucket: "qcs::cos:ap-singapore::lanhai-diag-sea-1310428811", StorageClass: "Standard" },
        },
      ],
    },
  });
}
