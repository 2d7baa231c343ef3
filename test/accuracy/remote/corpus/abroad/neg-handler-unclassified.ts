// negative: a handler abroad that receives only unclassified data
import express from "express";
import type { Station } from "../shared/types";

const app = express();
app.post("/roaming/v1/stations", (req, res) => {
  const station = req.body as Station;
  res.json({ ok: station.connectors > 0 });
});
