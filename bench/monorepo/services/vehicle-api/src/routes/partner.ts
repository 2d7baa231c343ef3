import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { aggregateByCity } from "@lanhai/privacy";
import { positionCache } from "../stores/position-cache.js";
import { tripStore } from "../stores/trip-store.js";

async function verifyPartnerToken(request: FastifyRequest): Promise<void> {
  if (request.headers["x-partner-token"] !== process.env.PARTNER_TOKEN) throw new Error("forbidden");
}

/** Fleet-management partners (leasing companies) pull their vehicles' positions and usage. */
export const partnerRoutes: FastifyPluginAsync = async (app) => {
  app.addHook("onRequest", verifyPartnerToken);

  app.get<{ Params: { fleetId: string } }>("/fleets/:fleetId/positions", async (request) => {
    const vins = await tripStore.vinsOfFleet(request.params.fleetId);
    const vehicles = await Promise.all(vins.map(async (vin) => ({ vin, fix: await positionCache.last(vin) })));
    return { fleetId: request.params.fleetId, vehicles };
  });

  app.get<{ Params: { fleetId: string } }>("/fleets/:fleetId/city-usage", async (request) => {
    const trips = await tripStore.forFleet(request.params.fleetId, 7);
    return { fleetId: request.params.fleetId, cities: aggregateByCity(trips) };
  });
};
