import express from "express";
import type { ChargeSession } from "../shared/types";

const app = express();
app.use(express.json());

// Sessions pushed here from China are processed in Germany.
app.post("/roaming/v1/sessions", (req, res) => { // expect: unassessed-export behaviour=processing-abroad
  const session = req.body as ChargeSession;
  res.status(202).json({ accepted: session.id });
});
