import { Router } from "express";
import { pick } from "lodash-es";
import { sessionsRepo } from "../db/sessions-repo.js";

export const sessionsRouter = Router();

sessionsRouter.get("/:sessionId", async (req, res, next) => {
  try {
    const session = await sessionsRepo.byId(req.params.sessionId);
    if (!session) return res.status(404).json({ error: "session_not_found" });
    res.json(session);
  } catch (error) {
    next(error);
  }
});

sessionsRouter.get("/:sessionId/status", async (req, res) => {
  const session = await sessionsRepo.byId(req.params.sessionId);
  if (!session) return res.sendStatus(404);
  res.json(pick(session, ["sessionId", "state", "startedAt"]));
});

sessionsRouter.get("/by-vehicle/:vin", async (req, res) => {
  const limit = Math.min(Number(req.query.limit ?? 20), 100);
  const sessions = await sessionsRepo.forVehicle(req.params.vin, limit);
  res.json(
    sessions.map((s) => ({ sessionId: s.sessionId, startedAt: s.startedAt, stationId: s.stationId, energyWh: s.energyWh })),
  );
});
