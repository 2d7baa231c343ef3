import { Pool } from "pg";
import type { MeterSample } from "../shared/types";

const pool = new Pool({ host: "tsdb.charging.example.com.cn" });

// Important data (charging-network operation), no personal information: remote access, not processing abroad.
export async function meterFeed() {
  const { rows } = await pool.query<MeterSample>("SELECT * FROM meter_samples"); // expect: unassessed-export behaviour=remote-access
  return rows;
}
