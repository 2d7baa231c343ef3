import express from "express";
import type { DealerContactUpdate, HandoverRequest } from "../domain/fleet.js";

const app = express();
app.use(express.json());
const handovers: HandoverRequest[] = [];

app.post("/handover/v1/requests", (req, res) => { // expect: unassessed-export behaviour=processing-abroad pi.general.identity-contact pi.general.vehicle-identifier pi.sensitive.id-document
  const request = req.body as HandoverRequest;
  handovers.push(request);
  res.status(202).json({ queued: handovers.length });
});

app.post("/dealer/v1/contacts", (req, res) => { // negative: covered by SC-2026-0311 (route path under https://dealer-sync.example-motors.co.uk/dealer/v1/**)
  const update = req.body as DealerContactUpdate;
  res.json({ ok: Boolean(update.vin) });
});

app.get("/health", (_req, res) => { // negative: no classified data
  res.json({ ok: true, handovers: handovers.length });
});

app.listen(8080);
