import { describe, expect, it } from "vitest";
import { analyzeRemote, SESSION_TYPES, summarise } from "./remote-project.js";
import { normaliseJurisdiction } from "@vdx/core";

// Replication configured in one module for a bucket filled in another (docs/remote-access.md §3), with
// Tencent COS replication rules whose destinations are resource names that carry their region.
const files = (destination: string) => ({
  "types.ts": SESSION_TYPES,
  "archive/buckets.ts": `export const ARCHIVE = { bucket: "sessions-archive-1250000000", region: "ap-guangzhou" };\n`,
  "archive/cos.ts": `import COS from "cos-nodejs-sdk-v5";\nexport const cos = new COS({ SecretId: "id", SecretKey: "key" });\n`,
  "archive/writer.ts": `import type { ChargeSession } from "../types";
import { ARCHIVE } from "./buckets";
import { cos } from "./cos";
export async function archiveSession(session: ChargeSession): Promise<void> {
  await cos.putObject({ Bucket: ARCHIVE.bucket, Region: ARCHIVE.region, Key: \`sessions/\${session.id}.json\`, Body: JSON.stringify(session) });
}
`,
  "archive/replication.ts": `import { ARCHIVE } from "./buckets";
import { cos } from "./cos";
export async function enableReplication(): Promise<void> {
  await cos.putBucketReplication({
    Bucket: ARCHIVE.bucket,
    Region: ARCHIVE.region,
    ReplicationConfiguration: { Role: "qcs::cam::uin/1:roleName/Replication", Rules: [{ ID: "copy", Status: "Enabled", Prefix: "sessions/", Destination: { Bucket: "${destination}" } }] },
  });
}
`,
});

describe("COS bucket replication across modules", () => {
  it("reports the replication of a domestic bucket that another module fills with classified data to a foreign region", () => {
    expect(summarise(analyzeRemote(files("qcs::cos:eu-frankfurt::sessions-eu-1250000000")))).toEqual([
      "unassessed-export remote-access archive/replication.ts:4 pi.general.identity-contact,pi.general.vehicle-identifier → cos://sessions-eu-1250000000 (DE)",
    ]);
  });

  it("stays quiet for a copy between Chinese regions, and places a target bucket by config hosts", () => {
    expect(summarise(analyzeRemote(files("qcs::cos:ap-beijing::sessions-bak-1250000000")))).toEqual([]);
    const hosts = [{ match: "cos://sessions-sg-1250000000", jurisdiction: normaliseJurisdiction("SG") }];
    expect(summarise(analyzeRemote(files("qcs::cos:ap-beijing::sessions-sg-1250000000"), { config: { hosts } }))).toEqual([
      "unassessed-export remote-access archive/replication.ts:4 pi.general.identity-contact,pi.general.vehicle-identifier → cos://sessions-sg-1250000000 (SG)",
    ]);
  });

  it("does not take the source bucket's region for a target, even when vdx reads several regions for it", () => {
    const project = files("qcs::cos:ap-beijing::sessions-bak-1250000000");
    project["archive/buckets.ts"] = `function regionFor(market: "cn" | "eu"): string {
  switch (market) {
    case "cn":
      return "ap-guangzhou";
    case "eu":
      return "eu-frankfurt";
  }
}
export const ARCHIVE = { bucket: "sessions-archive-1250000000", region: regionFor("cn") };
`;
    expect(summarise(analyzeRemote(project))).toEqual([]);
  });
});
