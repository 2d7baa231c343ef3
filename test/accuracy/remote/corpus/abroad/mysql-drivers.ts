import mysql from "mysql2/promise";

const db = mysql.createPool({ host: "mysql.charging.example.com.cn", database: "crm" });

export async function exportDrivers() { // expect: unassessed-export behaviour=processing-abroad
  const [rows] = await db.query("SELECT d.name, d.phone FROM drivers d WHERE d.active"); // expect: unassessed-export behaviour=remote-access
  return rows;
}
