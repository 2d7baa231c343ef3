import { Pool } from "pg";
import type { ChargeSession } from "../shared/types";

// SA-2026-0302 covers remote access from this store but not processing abroad.
const pool = new Pool({ host: "pg-ra-only.charging.example.com.cn" });

export async function billingRun() { // expect: inadequate-assessment behaviour=processing-abroad
  const { rows } = await pool.query<ChargeSession>("SELECT * FROM charge_sessions");
  return rows;
}
