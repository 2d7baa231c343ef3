import type { FastifyPluginAsync } from "fastify";
import { tripStore } from "../stores/trip-store.js";

export const tripRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Params: { vin: string }; Querystring: { limit?: number } }>("/:vin/recent", async (request) => {
    const trips = await tripStore.recent(request.params.vin, Math.min(request.query.limit ?? 20, 50));
    return trips;
  });

  app.get<{ Params: { vin: string } }>("/:vin/stats", async (request, reply) => {
    const trips = await tripStore.recent(request.params.vin, 200);
    const totalKm = trips.reduce((sum, trip) => sum + trip.distanceKm, 0);
    reply.send({ trips: trips.length, totalKm: Math.round(totalKm) });
  });
};
