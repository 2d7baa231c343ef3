// negative: remote access and processing abroad both covered by SA-2026-0301 (all behaviours)
import { Pool } from "pg";
import type { ChargeSession } from "../shared/types";

const pool = new Pool({ host: "pg-covered.charging.example.com.cn" });

export async function coveredSync() {
  const { rows } = await pool.query<ChargeSession>("SELECT * FROM charge_sessions");
  return rows;
}
