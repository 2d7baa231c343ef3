import express from "express";
import cors from "cors";
import { Pool } from "pg";
import type { ChargeSession } from "../../shared/types";

const pool = new Pool({ host: "pg.charging.example.com.cn" });
const app = express();
app.use(cors({ origin: ["https://portal.example-motors.de"] }));

app.get("/v1/sessions", async (req, res) => {
  const { rows } = await pool.query<ChargeSession>("SELECT * FROM charge_sessions");
  res.json(rows); // expect: unassessed-export behaviour=remote-access
});
