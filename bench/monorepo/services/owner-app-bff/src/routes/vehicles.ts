import { Router } from "express";
import type { ChargeSummary } from "@lanhai/domain";
import { bffConfig } from "../config.js";
import { referToDealer, transferOwnership } from "../integrations/dealer-referral.js";
import { submitRefinancing } from "../integrations/financing.js";
import { notifyRemoteCommand } from "../integrations/push.js";
import { ownerStore } from "../stores/owners.js";

export const vehiclesRouter = Router();

vehiclesRouter.get("/:vin/charging-summary", async (req, res) => {
  const response = await fetch(`${bffConfig.chargingApi}/summaries/${encodeURIComponent(req.params.vin)}`);
  const summary = (await response.json()) as ChargeSummary;
  res.json(summary);
});

vehiclesRouter.post("/:vin/dealer-referral", async (req, res) => {
  const owner = await ownerStore.byVin(req.params.vin);
  if (!owner) return res.sendStatus(404);
  await referToDealer(owner, req.params.vin, String(req.body.dealerCode));
  res.sendStatus(202);
});

vehiclesRouter.post("/:vin/ownership-transfer", async (req, res) => {
  const owner = await ownerStore.byVin(req.params.vin);
  if (!owner) return res.sendStatus(404);
  await transferOwnership(owner, req.params.vin, String(req.body.dealerCode));
  res.sendStatus(202);
});

vehiclesRouter.post("/:vin/refinancing", async (req, res) => {
  const owner = await ownerStore.byVin(req.params.vin);
  if (!owner) return res.sendStatus(404);
  const applicationId = await submitRefinancing(owner, req.params.vin, Number(req.body.amountMyr));
  res.status(201).json({ applicationId });
});

vehiclesRouter.post("/:vin/commands/:command", async (req, res) => {
  const owner = await ownerStore.byVin(req.params.vin);
  if (!owner?.fcmToken) return res.sendStatus(409);
  await notifyRemoteCommand(owner.fcmToken, owner.ownerId, req.params.vin, req.params.command);
  res.sendStatus(202);
});
