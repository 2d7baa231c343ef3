import { archiveAuditSample } from "./audit-archive.js";
import { exportCityFlows, exportCoarseOd } from "./city-flows.js";
import { newScenarios, tripsOfDay } from "./db.js";
import { logExportFailure, logExportRun } from "./run-log.js";
import { exportScenario } from "./training-export.js";

/** Nightly batch, started by the Argo workflow with the day to export. */
async function runNightly(day: string): Promise<void> {
  try {
    const trips = await tripsOfDay(day);
    await exportCityFlows(day, trips);
    await exportCoarseOd(day, trips);
    await archiveAuditSample(day, trips);
    await logExportRun("trips", day, trips.length, trips.slice(0, 3).map((trip) => trip.vin));

    const scenarios = await newScenarios(day);
    for (const scenario of scenarios) await exportScenario(scenario);
    await logExportRun("scenarios", day, scenarios.length, []);
  } catch (error) {
    await logExportFailure("nightly", day, error);
    throw error;
  }
}

await runNightly(process.argv[2] ?? new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
