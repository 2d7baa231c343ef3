import type { ChargingStation } from "@lanhai/domain";
import { pool } from "./pool.js";

export const stationsRepo = {
  async listPublic(): Promise<ChargingStation[]> {
    const { rows } = await pool.query<ChargingStation>(
      `SELECT station_id AS "stationId", name, operator, latitude, longitude, connectors
         FROM stations WHERE public = true ORDER BY station_id`,
    );
    return rows;
  },
};
