import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { dealerCustomers } from "./customers.js";
import { serviceHistory } from "./service-history.js";
import { startTestDriveConsumer } from "./test-drive-consumer.js";
import { warrantyClaims } from "./warranty.js";

const app = new Hono();

app.get("/dealers/:code/customers", async (c) => c.json(await dealerCustomers(c.req.param("code"))));

app.get("/vehicles/:vin/service-history", async (c) => {
  const visits = await serviceHistory(c.req.param("vin"));
  return c.json(visits);
});

app.get("/dealers/:code/warranty-claims", async (c) => {
  const claims = await warrantyClaims(c.req.param("code"), c.req.query("since") ?? "1970-01-01");
  return c.json(claims);
});

app.get("/healthz", (c) => c.json({ ok: true }));

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) });
void startTestDriveConsumer();
