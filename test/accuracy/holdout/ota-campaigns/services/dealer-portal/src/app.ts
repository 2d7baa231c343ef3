import Koa from "koa";
import Router from "@koa/router";
import cors from "@koa/cors";
import { campaigns } from "../../shared/db.js";

const app = new Koa();
const router = new Router();
app.use(cors({ origin: "https://dealer.ota.autoflux.com.cn" }));

router.get("/dealer/campaigns/:id/targets", async (ctx) => { // negative: only the domestic dealer portal may call it
  ctx.body = await campaigns.targets(ctx.params.id);
});

app.use(router.routes());
app.listen(8081);
