import Fastify from "fastify";
import { registerCors } from "./plugins/cors.js";
import { partnerRoutes } from "./routes/partner.js";
import { positionRoutes } from "./routes/positions.js";
import { tripRoutes } from "./routes/trips.js";

export async function buildServer() {
  const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? "info" }, trustProxy: true });
  await registerCors(app);
  await app.register(tripRoutes, { prefix: "/v1/trips" });
  await app.register(positionRoutes, { prefix: "/v1/positions" });
  await app.register(partnerRoutes, { prefix: "/partner/v1" });
  app.get("/healthz", async () => ({ ok: true }));
  return app;
}

const app = await buildServer();
await app.listen({ host: "0.0.0.0", port: Number(process.env.PORT ?? 8080) });
