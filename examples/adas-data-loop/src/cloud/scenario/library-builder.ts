import type { Clip } from "../../gen/adas/dataloop/v1/clip.js";
import type { EgoPose, ObjectLabel, ScenarioMetadata } from "../../gen/scenario-metadata.js";

export interface ScenarioDraft {
  scenarioId: string;
  scenarioType: ScenarioMetadata["scenarioType"];
  weather?: ScenarioMetadata["weather"];
  roadType?: ScenarioMetadata["roadType"];
}

/** Ego poses at most this far apart are kept; the planner replays at 10 Hz. */
const POSE_INTERVAL_NS = 100_000_000;

/**
 * Builds one scenario-library entry from the clips a miner grouped together and the labels the
 * annotation team produced for them. The ego trajectory comes from the clips' RTK fixes.
 */
export function buildScenario(draft: ScenarioDraft, clips: readonly Clip[], labels: readonly ObjectLabel[]): ScenarioMetadata {
  if (clips.length === 0) throw new Error(`scenario ${draft.scenarioId} has no clips`);
  const egoTrajectory: EgoPose[] = [];
  let lastStampNs = Number.NEGATIVE_INFINITY;
  for (const clip of clips) {
    for (const fix of clip.gnss) {
      const stampNs = fix.header?.stampNs ?? 0;
      if (stampNs - lastStampNs < POSE_INTERVAL_NS) continue;
      egoTrajectory.push({ stampNs, latitudeDeg: fix.latitudeDeg, longitudeDeg: fix.longitudeDeg });
      lastStampNs = stampNs;
    }
  }
  return {
    scenarioId: draft.scenarioId,
    clipIds: clips.map((clip) => clip.clipId),
    scenarioType: draft.scenarioType,
    labels: [...labels].sort((a, b) => a.frameIndex - b.frameIndex),
    egoTrajectory,
    ...(draft.weather ? { weather: draft.weather } : {}),
    ...(draft.roadType ? { roadType: draft.roadType } : {}),
  };
}
