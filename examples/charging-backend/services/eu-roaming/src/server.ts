import express from "express";
import type { ChargeDetailRecord } from "../../../shared/model";
import { settle } from "./settlement";

const app = express();
app.use(express.json());

// CDRs pushed by the China platform (services/cn-api/src/roaming-push.ts).
app.post("/roaming/v1/cdrs", async (req, res) => {
  const cdr = req.body as ChargeDetailRecord;
  await settle(cdr.sessionId, cdr.energyWh * cdr.tariffEurPerKwh / 1000);
  res.status(202).end();
});

app.listen(8443);
