// negative: code abroad writing into a domestic store reads nothing from it
import { Pool } from "pg";

const pool = new Pool({ host: "pg.charging.example.com.cn" });

export async function recordRoamingTariff(tariff: number) {
  await pool.query("INSERT INTO roaming_tariffs (eur_per_kwh) VALUES ($1)", [tariff]);
}
