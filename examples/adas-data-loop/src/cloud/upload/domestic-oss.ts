import OSS from "ali-oss";
import type { Clip } from "../../gen/adas/dataloop/v1/clip.js";
import type { ScenarioMetadata } from "../../gen/scenario-metadata.js";
import { clipObjectKey, encodeClip } from "../../shared/clip-codec.js";

// The system of record: raw clips and the full scenario library stay in Alibaba Cloud Shanghai.
const rawClips = new OSS({
  region: "oss-cn-shanghai",
  bucket: "adas-clips-raw",
  accessKeyId: process.env.OSS_ACCESS_KEY_ID ?? "",
  accessKeySecret: process.env.OSS_ACCESS_KEY_SECRET ?? "",
  secure: true,
});

const scenarioLibrary = new OSS({
  region: "oss-cn-shanghai",
  bucket: "adas-scenario-library",
  accessKeyId: process.env.OSS_ACCESS_KEY_ID ?? "",
  accessKeySecret: process.env.OSS_ACCESS_KEY_SECRET ?? "",
  secure: true,
});

/** Archives the raw (not anonymised) clip in China. */
export async function archiveRawClip(clip: Clip): Promise<string> {
  const result = await rawClips.put(clipObjectKey(clip), Buffer.from(encodeClip(clip)), {
    mime: "application/x-protobuf",
    meta: { trigger: clip.trigger?.kind ?? 0 },
  });
  return result.name;
}

/** Stores a complete scenario-library entry, ego trajectory included. */
export async function storeScenario(scenario: ScenarioMetadata): Promise<string> {
  const result = await scenarioLibrary.put(`scenarios/${scenario.scenarioType}/${scenario.scenarioId}.json`, Buffer.from(JSON.stringify(scenario)), {
    mime: "application/json",
  });
  return result.name;
}
