import pg from "pg";
import { str } from "@lanhai/config";
import type { TripSummary } from "@lanhai/domain";

const pool = new pg.Pool({
  connectionString: str("TRIPS_DB_URL", "postgres://vehicle_api@pg-trips.lanhai-motors.com.cn:5432/trips"),
  max: 15,
});

const TRIP_COLUMNS = `trip_id AS "tripId", vin, start_fix AS "start", end_fix AS "end", distance_km AS "distanceKm",
  avg_speed_kmh AS "avgSpeedKmh", harsh_brake_count AS "harshBrakeCount", started_at AS "startedAt", ended_at AS "endedAt"`;

export const tripStore = {
  async recent(vin: string, limit: number): Promise<TripSummary[]> {
    const { rows } = await pool.query<TripSummary>(
      `SELECT ${TRIP_COLUMNS} FROM trips WHERE vin = $1 ORDER BY started_at DESC LIMIT $2`,
      [vin, limit],
    );
    return rows;
  },

  async forFleet(fleetId: string, days: number): Promise<TripSummary[]> {
    const { rows } = await pool.query<TripSummary>(
      `SELECT ${TRIP_COLUMNS} FROM trips t JOIN fleet_vehicles f USING (vin)
        WHERE f.fleet_id = $1 AND t.started_at > now() - make_interval(days => $2)`,
      [fleetId, days],
    );
    return rows;
  },

  async vinsOfFleet(fleetId: string): Promise<string[]> {
    const { rows } = await pool.query<{ vin: string }>("SELECT vin FROM fleet_vehicles WHERE fleet_id = $1", [fleetId]);
    return rows.map((row) => row.vin);
  },
};
