// negative: CORS allow-list with only domestic origins
import express from "express";
import cors from "cors";
import { Pool } from "pg";
import type { ChargeSession } from "../../shared/types";

const pool = new Pool({ host: "pg.charging.example.com.cn" });
const app = express();
app.use(cors({ origin: ["https://app.example-motors.com.cn", "https://ops.charging.example.com.cn"] }));

app.get("/v1/sessions", async (req, res) => {
  const { rows } = await pool.query<ChargeSession>("SELECT * FROM charge_sessions");
  res.json(rows);
});
