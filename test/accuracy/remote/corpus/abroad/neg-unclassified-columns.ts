// negative: a foreign reader selecting only unclassified columns of a classified table
import { Pool } from "pg";

const pool = new Pool({ host: "pg.charging.example.com.cn" });

export async function energyTotals() {
  const { rows } = await pool.query("SELECT id, energy_wh FROM charge_sessions");
  return rows;
}
