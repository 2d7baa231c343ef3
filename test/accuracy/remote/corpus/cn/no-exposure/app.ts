// negative: a domestic route with classified data and no foreign exposure
import express from "express";
import { Pool } from "pg";
import type { ChargeSession } from "../../shared/types";

const pool = new Pool({ host: "pg.charging.example.com.cn" });
const app = express();

app.get("/v1/sessions", async (req, res) => {
  const { rows } = await pool.query<ChargeSession>("SELECT * FROM charge_sessions");
  res.json(rows);
});
