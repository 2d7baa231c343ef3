import express, { type Request, type Response } from "express";
import cors from "cors";
import { campaigns } from "../../shared/db.js";

const ALLOWED_ORIGINS = ["https://console.ota.autoflux.com.cn", "https://ota-console.harmanix-ota.de"];

const app = express();
app.use(cors({ origin: ALLOWED_ORIGINS }));

app.get("/api/campaigns/:id/targets", async (req, res) => {
  const targets = await campaigns.targets(req.params.id);
  res.json(targets); // expect: unassessed-export behaviour=remote-access ota.ecu-aftersales pi.general.vehicle-identifier
});

app.get("/api/campaigns/:id/stats", async (req, res) => {
  res.json(await campaigns.stats(req.params.id)); // negative: aggregate counts only
});

async function listFailures(req: Request, res: Response): Promise<void> {
  const failures = await campaigns.failures(String(req.query.campaign));
  res.json(failures.map((f) => ({ vin: f.vin, ecuId: f.ecuId, errorCode: f.errorCode }))); // expect: unassessed-export behaviour=remote-access ota.ecu-aftersales pi.general.vehicle-identifier
}

app.get("/api/failures", listFailures);

app.listen(8080);
