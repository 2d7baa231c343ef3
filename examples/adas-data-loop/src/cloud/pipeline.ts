import type { Clip } from "../gen/adas/dataloop/v1/clip.js";
import type { ObjectLabel } from "../gen/scenario-metadata.js";
import { anonymiseClip } from "./anonymise/anonymise-clip.js";
import type { FaceAndPlateDetector } from "./anonymise/blur-faces-and-plates.js";
import { buildScenario, type ScenarioDraft } from "./scenario/library-builder.js";
import { syncScenarioToSimulation } from "./scenario/scenario-sync.js";
import { reportPipelineFailure } from "./telemetry/error-reporter.js";
import { recordClipMetrics } from "./telemetry/training-metrics.js";
import { reportDisengagement } from "./upload/disengagement-report.js";
import { archiveRawClip, storeScenario } from "./upload/domestic-oss.js";
import { replicateToEuBucket } from "./upload/eu-bucket.js";
import { putInHotStore } from "./upload/hot-store.js";
import { sendForReplay } from "./upload/replay.js";

export interface PipelineDependencies {
  detector: FaceAndPlateDetector;
}

/**
 * What the data loop in Shanghai does with every clip the ingest accepts: archive it raw in China,
 * make it available to the miners, then share an anonymised copy with the EU subsidiary.
 */
export async function processClip(clip: Clip, deps: PipelineDependencies): Promise<void> {
  let stage = "archive";
  try {
    await archiveRawClip(clip);
    stage = "hot-store";
    await putInHotStore(clip);
    stage = "metrics";
    await recordClipMetrics(clip);
    stage = "disengagement-report";
    await reportDisengagement(clip);
    stage = "anonymise";
    const anonymised = anonymiseClip(clip, deps.detector);
    stage = "eu-replication";
    await replicateToEuBucket(anonymised);
    stage = "replay";
    await sendForReplay(anonymised);
  } catch (error) {
    reportPipelineFailure(error, stage, clip);
    throw error;
  }
}

/** Adds a mined scenario to the library in China and shares it with the simulation team. */
export async function publishScenario(draft: ScenarioDraft, clips: readonly Clip[], labels: readonly ObjectLabel[]): Promise<void> {
  const scenario = buildScenario(draft, clips, labels);
  await storeScenario(scenario);
  await syncScenarioToSimulation(scenario);
}
