// negative: an open CORS policy names no foreign party (declare real foreign callers in config exposures)
import express from "express";
import cors from "cors";
import { Pool } from "pg";
import type { ChargeSession } from "../../shared/types";

const pool = new Pool({ host: "pg.charging.example.com.cn" });
const app = express();
app.use(cors());

app.get("/v1/sessions", async (req, res) => {
  const { rows } = await pool.query<ChargeSession>("SELECT * FROM charge_sessions");
  res.json(rows);
});
