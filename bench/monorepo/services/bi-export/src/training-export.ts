import { Storage } from "@google-cloud/storage";
import type { ScenarioRecord } from "@lanhai/domain";

const gcs = new Storage({ projectId: "lanhai-adas-global" });
const trainingBucket = gcs.bucket("lanhai-adas-training-eu");

/** Curated corner cases for the perception team in Amsterdam. */
export async function exportScenario(scenario: ScenarioRecord): Promise<void> {
  await trainingBucket
    .file(`scenarios/${scenario.scenarioId}.json`)
    .save(JSON.stringify(scenario), { contentType: "application/json", resumable: false });
}
