import { Pool } from "pg";
import type { ChargeSession } from "../shared/types";

const pool = new Pool({ connectionString: "postgres://eu@pg.charging.example.com.cn:5432/charging" });

export async function syncSessions(): Promise<number> { // expect: unassessed-export behaviour=processing-abroad
  const { rows } = await pool.query<ChargeSession>("SELECT * FROM charge_sessions WHERE day = $1", [today()]); // expect: unassessed-export behaviour=remote-access
  return rows.length;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
