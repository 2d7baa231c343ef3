import { Router } from "express";
import { ownerStore } from "../stores/owners.js";

export const profileRouter = Router();

profileRouter.get("/", async (req, res) => {
  const owner = await ownerStore.bySubject(req.oidc.user?.sub ?? "");
  if (!owner) return res.status(404).json({ error: "unknown_owner" });
  res.json({ name: owner.fullName, mobile: owner.mobile, email: owner.email, vehicles: owner.vins });
});

profileRouter.get("/preferences", async (req, res) => {
  const owner = await ownerStore.bySubject(req.oidc.user?.sub ?? "");
  res.json({ language: owner?.preferredLanguage ?? "zh-CN", dealer: owner?.preferredDealer ?? null });
});
