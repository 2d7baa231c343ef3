import { storage } from "@lanhai/config";
import { cos } from "./cos.js";

const REPLICATION_ROLE = "qcs::cam::uin/100032118805:roleName/COS_ReplicationRole";

/** Disaster recovery: a second copy in Beijing. */
export async function enableBackupReplication(): Promise<void> {
  await cos.putBucketReplication({
    Bucket: storage.tripArchive.bucket,
    Region: storage.tripArchive.region,
    ReplicationConfiguration: {
      Role: REPLICATION_ROLE,
      Rules: [
        {
          ID: "dr-beijing",
          Status: "Enabled",
          Prefix: "trips/",
          Destination: {
            Bucket: `qcs::cos:${storage.tripArchiveBackup.region}::${storage.tripArchiveBackup.bucket}`,
            StorageClass: "Standard_IA",
          },
        },
      ],
    },
  });
}

/** The EU owner portal serves trip history from its own copy in Frankfurt. */
export async function enableEuPortalReplication(): Promise<void> {
  await cos.putBucketReplication({
    Bucket: storage.tripArchive.bucket,
    Region: storage.tripArchive.region,
    ReplicationConfiguration: {
      Role: REPLICATION_ROLE,
      Rules: [
        {
          ID: "eu-portal",
          Status: "Enabled",
          Prefix: "trips/",
          Destination: { Bucket: `qcs::cos:${storage.tripArchiveEu.region}::${storage.tripArchiveEu.bucket}` },
        },
      ],
    },
  });
}
