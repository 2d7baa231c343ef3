import cors from "cors";
import express from "express";
import helmet from "helmet";
import { hubConfig } from "../config.js";
import { sessionsRouter } from "./sessions.routes.js";
import { stationsRouter } from "./stations.routes.js";

/** Partner console API: roaming partners and our EU subsidiary look up sessions here. */
export function createApp(): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(helmet());
  app.use(cors({ origin: hubConfig.cors.origins, credentials: hubConfig.cors.credentials, maxAge: 600 }));
  app.use(express.json({ limit: "1mb" }));
  app.use("/api/v1/sessions", sessionsRouter);
  app.use("/api/v1/stations", stationsRouter);
  return app;
}
