import Koa from "koa";
import Router from "@koa/router";
import cors from "@koa/cors";
import type { Context } from "koa";
import { campaigns } from "../../shared/db.js";

const app = new Koa();
const router = new Router();
app.use(cors({ origin: "https://portal.harmanix-ota.de" }));

async function failureFeed(ctx: Context): Promise<void> {
  const failures = await campaigns.failures(String(ctx.query.campaign));
  ctx.body = failures; // expect: unassessed-export behaviour=remote-access ota.ecu-aftersales pi.general.vehicle-identifier pi.sensitive.location-trajectory (stretch: named handler answering through ctx.body)
}

router.get("/feed/failures", failureFeed);
app.use(router.routes());
app.listen(8082);
