import type { ChargeDetailRecord, ChargeSession } from "@lanhai/domain";
import { pool } from "./pool.js";

const SESSION_COLUMNS = `session_id AS "sessionId", vin, station_id AS "stationId", evse_uid AS "evseUid",
  energy_wh AS "energyWh", peak_power_kw AS "peakPowerKw", location, state, started_at AS "startedAt"`;

export const sessionsRepo = {
  async byId(sessionId: string): Promise<ChargeSession | undefined> {
    const { rows } = await pool.query<ChargeSession>(
      `SELECT ${SESSION_COLUMNS} FROM charge_sessions WHERE session_id = $1`,
      [sessionId],
    );
    return rows[0];
  },

  async forVehicle(vin: string, limit: number): Promise<ChargeSession[]> {
    const { rows } = await pool.query<ChargeSession>(
      `SELECT ${SESSION_COLUMNS} FROM charge_sessions WHERE vin = $1 ORDER BY started_at DESC LIMIT $2`,
      [vin, limit],
    );
    return rows;
  },

  async atStationToday(stationId: string): Promise<ChargeSession[]> {
    const { rows } = await pool.query<ChargeSession>(
      `SELECT ${SESSION_COLUMNS} FROM charge_sessions WHERE station_id = $1 AND started_at >= current_date`,
      [stationId],
    );
    return rows;
  },

  async inMonth(month: string): Promise<ChargeSession[]> {
    const { rows } = await pool.query<ChargeSession>(
      `SELECT ${SESSION_COLUMNS} FROM charge_sessions WHERE to_char(started_at, 'YYYY-MM') = $1`,
      [month],
    );
    return rows;
  },

  async recordAutochargeDecision(stationId: string, evseUid: string, allowed: boolean): Promise<void> {
    await pool.query("INSERT INTO autocharge_decisions (station_id, evse_uid, allowed, at) VALUES ($1, $2, $3, now())", [
      stationId,
      evseUid,
      allowed,
    ]);
  },

  async saveCdr(cdr: ChargeDetailRecord): Promise<void> {
    await pool.query(
      `INSERT INTO cdrs (cdr_id, session_id, vin, energy_wh, total_cost, currency, billing_account, ended_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (cdr_id) DO NOTHING`,
      [cdr.cdrId, cdr.sessionId, cdr.vin, cdr.energyWh, cdr.totalCost, cdr.currency, cdr.billingAccount, cdr.endedAt],
    );
  },
};
