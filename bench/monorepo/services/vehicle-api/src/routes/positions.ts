import type { FastifyPluginAsync } from "fastify";
import { coarsenLocation } from "@lanhai/privacy";
import { positionCache } from "../stores/position-cache.js";

export const positionRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Params: { vin: string } }>("/:vin/area", async (request, reply) => {
    const fix = await positionCache.last(request.params.vin);
    if (!fix) return reply.code(404).send({ message: "no recent position" });
    return reply.send({ area: coarsenLocation(fix) });
  });

  app.get<{ Params: { vin: string } }>("/:vin/live", async (request) => {
    return positionCache.last(request.params.vin);
  });
};
