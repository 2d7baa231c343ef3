import { Router } from "express";
import { pool } from "../../cn-api/src/db";
import type { ChargeSession } from "../../../shared/model";

/** Published through the API gateway to the Japanese roaming hub (config `exposures`). */
export const partner = Router();

partner.get("/partner/v1/sessions/active", async (_req, res) => {
  const { rows } = await pool.query<ChargeSession>("SELECT id, connector_id, started_at FROM charge_sessions WHERE stopped_at IS NULL");
  res.json(rows);
});

partner.get("/partner/v1/sessions/:id/vehicle", async (req, res) => {
  const { rows } = await pool.query<ChargeSession>("SELECT vin FROM charge_sessions WHERE id = $1", [req.params.id]);
  res.json(rows[0]);
});
