// Where clips go. Hosts are listed in vdx.config.yaml with their jurisdiction.

/** Domestic ingest of the data loop (Shanghai): vehicles upload triggered clips here. */
export const VEHICLE_INGEST_URL = "https://ingest.dataloop.example-motors.com.cn/v1/clips";

/**
 * Replay cluster for re-simulating corner cases. Operations override it per environment; the
 * default is the EU subsidiary's cluster in Munich, where the planner team replays clips.
 */
export const UPLOAD_ENDPOINT = process.env.UPLOAD_ENDPOINT ?? "https://dataloop.example-motors.de/api/clips";

/** Disengagement reports for the EU safety case (road-test data). */
export const SAFETY_REPORT_URL = "https://safety.example-motors.de/api/v2/disengagements";

/** Simulation team in Munich: receives scenario-library entries. */
export const SCENARIO_SYNC_URL = new URL("/api/scenarios", "https://sim.example-motors.de");
