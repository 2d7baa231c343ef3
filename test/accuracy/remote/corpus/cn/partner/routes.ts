import express from "express";
import { Pool } from "pg";
import type { ChargeSession } from "../../shared/types";

// Exposed to the Japanese roaming partner by config `exposures` (/partner/v1/**).
const pool = new Pool({ host: "pg.charging.example.com.cn" });
export const partner = express.Router();

partner.get("/partner/v1/sessions", async (req, res) => {
  const { rows } = await pool.query<ChargeSession>("SELECT vin, energy_wh FROM charge_sessions");
  res.send(rows); // expect: unassessed-export behaviour=remote-access
});
