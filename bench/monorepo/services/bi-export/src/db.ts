import pg from "pg";
import { str } from "@lanhai/config";
import type { ScenarioRecord, TripSummary } from "@lanhai/domain";

const pool = new pg.Pool({
  connectionString: str("WAREHOUSE_URL", "postgres://bi_export@warehouse.lanhai-motors.com.cn:5432/dwh"),
});

export async function tripsOfDay(day: string): Promise<TripSummary[]> {
  const { rows } = await pool.query<TripSummary>(
    `SELECT trip_id AS "tripId", vin, start_fix AS "start", end_fix AS "end", distance_km AS "distanceKm",
            avg_speed_kmh AS "avgSpeedKmh", harsh_brake_count AS "harshBrakeCount",
            started_at AS "startedAt", ended_at AS "endedAt"
       FROM dwh.trips WHERE started_at::date = $1`,
    [day],
  );
  return rows;
}

export async function newScenarios(since: string): Promise<ScenarioRecord[]> {
  const { rows } = await pool.query<ScenarioRecord>(
    `SELECT scenario_id AS "scenarioId", object_tracks AS "objectTracks", labels, ego_trajectory AS "egoTrajectory"
       FROM adas.scenarios WHERE created_at > $1 AND curated = true`,
    [since],
  );
  return rows;
}
