import type { ScenarioMetadata } from "../../gen/scenario-metadata.js";
import { SCENARIO_SYNC_URL } from "../../shared/endpoints.js";

/**
 * Shares a scenario with the simulation team in Munich. The ego trajectory is left out on
 * purpose (it is centimetre-level positioning); the labels are the training data they need.
 */
export async function syncScenarioToSimulation(scenario: ScenarioMetadata): Promise<void> {
  const { scenarioId, scenarioType, clipIds, labels, weather, roadType } = scenario;
  const response = await fetch(SCENARIO_SYNC_URL, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ scenarioId, scenarioType, clipIds, labels, weather, roadType }),
  });
  if (!response.ok) throw new Error(`scenario ${scenarioId} rejected by the simulation team: HTTP ${response.status}`);
}
