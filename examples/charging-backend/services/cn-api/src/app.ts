import express from "express";
import cors from "cors";
import { meterValues, sessionById, stations } from "./db";

const app = express();
app.use(express.json());
// The driver app (China) and the dealer portal of the German group company call this API from browsers.
app.use(cors({ origin: ["https://app.example-motors.com.cn", "https://dealer.example-motors.de"] }));

app.get("/v1/sessions/:id", async (req, res) => {
  const session = await sessionById(req.params.id);
  if (!session) return res.status(404).end();
  res.json(session);
});

app.get("/v1/stations", async (_req, res) => {
  res.json(await stations());
});

app.get("/v1/evse/:id/meter-values", async (req, res) => {
  res.json(await meterValues(req.params.id));
});

app.listen(8080);
