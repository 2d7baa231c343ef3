import { Pool } from "pg";
import type { ChargeSession, MeterValue, Station } from "../../../shared/model";

// The session database in Shanghai.
export const pool = new Pool({ host: "pg.charging.example-motors.com.cn", database: "charging" });

export async function sessionById(id: string): Promise<ChargeSession | undefined> {
  const { rows } = await pool.query<ChargeSession>("SELECT * FROM charge_sessions WHERE id = $1", [id]);
  return rows[0];
}

export async function stations(): Promise<Station[]> {
  const { rows } = await pool.query<Station>("SELECT id, operator, city, connectors FROM stations");
  return rows;
}

export async function meterValues(evseId: string): Promise<MeterValue[]> {
  const { rows } = await pool.query<MeterValue>("SELECT * FROM meter_values WHERE evse_id = $1", [evseId]);
  return rows;
}
