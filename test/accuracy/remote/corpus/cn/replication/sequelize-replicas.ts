import { Sequelize } from "sequelize";
import { Pool } from "pg";
import type { ChargeSession } from "../../shared/types";

const pool = new Pool({ host: "pg-main.charging.example.com.cn" });

export async function sessions() {
  const { rows } = await pool.query<ChargeSession>("SELECT * FROM charge_sessions");
  return rows;
}

export const db = new Sequelize("charging", "app", "secret", { dialect: "postgres", replication: { write: { host: "pg-main.charging.example.com.cn" }, read: [{ host: "pg-replica.example-motors.de" }] } }); // expect: unassessed-export behaviour=remote-access
