import mysql from "mysql2/promise";
import type { Driver } from "../../shared/types";

const db = mysql.createPool({ host: "mysql.charging.example.com.cn" });

export async function loadDrivers(): Promise<Driver[]> {
  const [rows] = await db.query("SELECT id, name, phone FROM drivers");
  return rows as Driver[];
}
