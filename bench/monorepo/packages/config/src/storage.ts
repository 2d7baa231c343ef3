import { str } from "./env.js";
import { cosRegionFor, ossRegionFor } from "./regions.js";

/** Buckets of the platform. Names are global per cloud account, so they are fixed here. */
export const storage = {
  tripArchive: {
    bucket: str("TRIP_ARCHIVE_BUCKET", "lanhai-trips-1310428811"),
    region: cosRegionFor("cn"),
  },
  tripArchiveEu: {
    bucket: "lanhai-trips-eu-1310428811",
    region: cosRegionFor("eu"),
  },
  tripArchiveBackup: {
    bucket: "lanhai-trips-bak-1310428811",
    region: "ap-beijing",
  },
  diagArchive: {
    bucket: "lanhai-diag-1310428811",
    region: "ap-guangzhou",
  },
  cdrArchive: {
    bucket: "lanhai-cdr-archive",
    region: ossRegionFor("cn"),
  },
  clips: {
    bucket: "lanhai-event-clips",
    region: ossRegionFor("cn"),
  },
  ingestRaw: {
    bucket: str("RAW_BUCKET", "lanhai-ingest-raw"),
    region: str("RAW_BUCKET_REGION", "cn-north-1"),
  },
  biExports: {
    bucket: "lanhai-bi-eu",
    region: "eu-central-1",
  },
};
