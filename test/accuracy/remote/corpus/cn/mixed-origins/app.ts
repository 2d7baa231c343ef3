import express from "express";
import cors from "cors";
import { Pool } from "pg";
import type { Driver } from "../../shared/types";

const ORIGINS = ["https://app.example-motors.com.cn", "https://app.partner.example.jp"];
const pool = new Pool({ host: "pg.charging.example.com.cn" });
const app = express();
app.use(cors({ origin: ORIGINS }));

app.get("/v1/drivers/:id", async (req, res) => {
  const { rows } = await pool.query<Driver>("SELECT name, phone FROM drivers WHERE id = $1", [req.params.id]);
  res.json(rows); // expect: unassessed-export behaviour=remote-access
});
