// negative: a foreign origin gets only unclassified fields of classified rows
import express from "express";
import cors from "cors";
import { Pool } from "pg";
import type { ChargeSession } from "../../shared/types";

const pool = new Pool({ host: "pg.charging.example.com.cn" });
const app = express();
app.use(cors({ origin: "https://portal.example-motors.de" }));

app.get("/v1/energy", async (req, res) => {
  const { rows } = await pool.query<ChargeSession>("SELECT * FROM charge_sessions");
  res.json(rows.map((row) => ({ id: row.id, energyWh: row.energyWh })));
});
