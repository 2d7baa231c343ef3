import pg from "pg";

const pool = new pg.Pool({ host: "pg.charging.example.com.cn", database: "charging" });

export async function roamingReport() { // expect: unassessed-export behaviour=processing-abroad
  const result = await pool.query("SELECT vin, driver_phone, energy_wh FROM charge_sessions"); // expect: unassessed-export behaviour=remote-access
  return result.rows;
}
