import { Router } from "express";
import { sessionsRepo } from "../db/sessions-repo.js";
import { stationsRepo } from "../db/stations-repo.js";

export const stationsRouter = Router();

stationsRouter.get("/", async (_req, res) => {
  const stations = await stationsRepo.listPublic();
  res.set("cache-control", "public, max-age=300").json(stations);
});

stationsRouter.get("/:stationId/utilisation", async (req, res) => {
  const sessions = await sessionsRepo.atStationToday(req.params.stationId);
  res.json({
    stationId: req.params.stationId,
    sessionsToday: sessions.length,
    energyTodayWh: sessions.reduce((sum, s) => sum + s.energyWh, 0),
  });
});
