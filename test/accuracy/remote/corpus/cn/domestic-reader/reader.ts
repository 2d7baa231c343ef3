// negative: a domestic reader of a domestic store
import { Pool } from "pg";
import type { ChargeSession } from "../../shared/types";

const pool = new Pool({ host: "pg.charging.example.com.cn" });

export async function dailyReport() {
  const { rows } = await pool.query<ChargeSession>("SELECT * FROM charge_sessions");
  return rows;
}
