import { Pool } from "pg";
import type { ChargeSession } from "../shared/types";

// SA-2023-0011 expired on 2025-12-31.
const pool = new Pool({ host: "pg-expired.charging.example.com.cn" });

export async function legacyExport() { // expect: inadequate-assessment behaviour=processing-abroad
  const { rows } = await pool.query<ChargeSession>("SELECT * FROM charge_sessions"); // expect: inadequate-assessment behaviour=remote-access
  return rows;
}
