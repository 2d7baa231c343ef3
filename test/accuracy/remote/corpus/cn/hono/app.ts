import { Hono } from "hono";
import { cors } from "hono/cors";
import Redis from "ioredis";
import type { ChargeSession } from "../../shared/types";

const redis = new Redis("redis://cache.charging.example.com.cn:6379");
const app = new Hono();
app.use("/v1/*", cors({ origin: "https://app.partner.example.jp" }));

app.get("/v1/live/:id", async (c) => {
  const session = (await redis.hgetall(`live:${c.req.param("id")}`)) as unknown as ChargeSession;
  return c.json({ vin: session.vin, energyWh: session.energyWh }); // expect: unassessed-export behaviour=remote-access
});
