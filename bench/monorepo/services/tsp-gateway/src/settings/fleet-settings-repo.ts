import { pool } from "../db.js";

/** Integration settings that fleet customers maintain themselves in the fleet console. */
export interface FleetSettings {
  fleetId: string;
  webhookUrl?: string;
  webhookSecret: string;
  geocoderUrl?: string;
  geocoderKey?: string;
}

const cache = new Map<string, { value: FleetSettings | undefined; expires: number }>();

export const fleetSettings = {
  async load(fleetId: string): Promise<FleetSettings | undefined> {
    const hit = cache.get(fleetId);
    if (hit && hit.expires > Date.now()) return hit.value;
    const { rows } = await pool.query<FleetSettings>(
      `SELECT fleet_id AS "fleetId", webhook_url AS "webhookUrl", webhook_secret AS "webhookSecret",
              geocoder_url AS "geocoderUrl", geocoder_key AS "geocoderKey"
         FROM fleet_settings WHERE fleet_id = $1`,
      [fleetId],
    );
    cache.set(fleetId, { value: rows[0], expires: Date.now() + 60_000 });
    return rows[0];
  },
};
