import express from "express";
import type { GeoFix } from "@lanhai/domain";
import type { GeoPosition } from "@lanhai/proto";
import { pool } from "./db.js";
import { describeForFleet, describePosition, snapTestDrive } from "./forward/map-matching.js";

/** Ops tooling inside the cluster only (no ingress, no CORS). */
export function createInternalApi(): express.Express {
  const app = express();
  app.use(express.json());

  app.get("/internal/vehicles/:vin/address", async (req, res) => {
    const { rows } = await pool.query<{ position: GeoPosition }>(
      "SELECT position FROM vehicle_last_state WHERE vin = $1",
      [req.params.vin],
    );
    if (!rows[0]) return res.sendStatus(404);
    res.json({ address: await describePosition(rows[0].position) });
  });

  app.post("/internal/test-drives/:id/snap", async (req, res) => {
    const trace = req.body.trace as GeoPosition[];
    res.json(await snapTestDrive(trace));
  });

  app.get("/internal/fleets/:fleetId/vehicles/:vin/address", async (req, res) => {
    const { rows } = await pool.query<{ fix: GeoFix }>("SELECT fix FROM vehicle_last_fix WHERE vin = $1", [req.params.vin]);
    if (!rows[0]) return res.sendStatus(404);
    res.json({ address: await describeForFleet(req.params.fleetId, rows[0].fix) });
  });

  return app;
}
