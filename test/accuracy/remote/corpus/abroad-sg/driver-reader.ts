import { Client } from "pg";

const client = new Client("postgres://sg@pg.charging.example.com.cn/crm");

export async function syncDrivers() { // expect: unassessed-export behaviour=processing-abroad
  const { rows } = await client.query("SELECT name, phone FROM drivers"); // expect: unassessed-export behaviour=remote-access
  return rows;
}
