// negative: a foreign origin may call the route, but it serves only unclassified data
import express from "express";
import cors from "cors";
import { Pool } from "pg";
import type { Station } from "../../shared/types";

const pool = new Pool({ host: "pg.charging.example.com.cn" });
const app = express();
app.use(cors({ origin: "https://portal.example-motors.de" }));

app.get("/v1/stations", async (req, res) => {
  const { rows } = await pool.query<Station>("SELECT * FROM stations");
  res.json(rows);
});
