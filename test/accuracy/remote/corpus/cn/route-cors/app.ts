import express from "express";
import cors from "cors";
import { Pool } from "pg";
import type { ChargeSession } from "../../shared/types";

const pool = new Pool({ host: "pg.charging.example.com.cn" });
const app = express();

app.get("/v1/export", cors({ origin: "https://analytics.example-motors.de" }), async (req, res) => {
  const { rows } = await pool.query<ChargeSession>("SELECT * FROM charge_sessions");
  res.json(rows); // expect: unassessed-export behaviour=remote-access
});

// negative (same file): a route without the route-level CORS middleware
app.get("/v1/internal", async (req, res) => {
  const { rows } = await pool.query<ChargeSession>("SELECT * FROM charge_sessions");
  res.json(rows);
});
