// negative: code abroad reading a store abroad (nothing stored in China is read)
import { Pool } from "pg";
import type { ChargeSession } from "../shared/types";

const pool = new Pool({ host: "pg.roaming.example-motors.de" });

export async function euSessions() {
  const { rows } = await pool.query<ChargeSession>("SELECT * FROM charge_sessions");
  return rows;
}
