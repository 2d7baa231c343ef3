// negative: a foreign reader of unclassified data (stations)
import { Pool } from "pg";
import type { Station } from "../shared/types";

const pool = new Pool({ host: "pg.charging.example.com.cn" });

export async function stations() {
  const { rows } = await pool.query<Station>("SELECT * FROM stations");
  return rows;
}
