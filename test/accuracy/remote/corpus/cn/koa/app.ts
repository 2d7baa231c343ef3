import Koa from "koa";
import Router from "@koa/router";
import cors from "@koa/cors";
import { Pool } from "pg";
import type { Driver } from "../../shared/types";

const pool = new Pool({ host: "pg.charging.example.com.cn" });
const app = new Koa();
const router = new Router();
app.use(cors({ origin: "https://portal.example-motors.de" }));

router.get("/v1/drivers", async (ctx) => { // expect: unassessed-export behaviour=remote-access
  const { rows } = await pool.query<Driver>("SELECT * FROM drivers");
  ctx.body = rows;
});
app.use(router.routes());
