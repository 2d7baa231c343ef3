import cors from "@fastify/cors";
import Fastify from "fastify";
import type { TripUpload } from "@lanhai/domain";
import { lastKnownPosition, portalSession } from "./cache/positions.js";
import { portalPool } from "./db.js";
import { rawTripRecord } from "./trips/raw-record.js";
import { archivedTrip } from "./trips/trip-history.js";
import { vehicleProfile } from "./vehicles/vehicle-profile.js";
import { vehicleStatus } from "./vehicles/vehicle-status.js";

const app = Fastify({ logger: true, trustProxy: true });
await app.register(cors, { origin: ["https://owner.lanhai-motors.de"], credentials: true });

app.addHook("onRequest", async (request, reply) => {
  if (request.url.startsWith("/ingest/") || request.url === "/healthz") return;
  const session = await portalSession(String(request.headers["x-portal-session"] ?? ""));
  if (!session || session.expiresAt < Date.now()) await reply.code(401).send();
});

app.get<{ Params: { vin: string; tripId: string } }>("/owner/vehicles/:vin/trips/:tripId", async (request) =>
  archivedTrip(request.params.vin, request.params.tripId),
);

app.get<{ Params: { partition: string; offset: string } }>("/support/raw-trips/:partition/:offset", async (request) => {
  return rawTripRecord(Number(request.params.partition), request.params.offset);
});

app.get<{ Params: { vin: string } }>("/owner/vehicles/:vin/status", async (request) => {
  const [status, profile] = await Promise.all([vehicleStatus(request.params.vin), vehicleProfile(request.params.vin)]);
  return {
    model: profile.modelCode,
    plate: profile.registrationPlate,
    soc: status.socPct,
    locked: status.locked,
    position: status.lastPosition,
  };
});

app.get<{ Params: { vin: string } }>("/owner/vehicles/:vin/position", async (request, reply) => {
  const fix = await lastKnownPosition(request.params.vin);
  return fix ?? reply.code(404).send();
});

app.post<{ Body: TripUpload }>("/ingest/eu-trips", async (request, reply) => {
  const trip = request.body;
  await portalPool.query(
    "INSERT INTO owner_trips (trip_id, vin, payload) VALUES ($1, $2, $3) ON CONFLICT (trip_id) DO NOTHING",
    [trip.tripId, trip.vin, JSON.stringify(trip)],
  );
  return reply.code(204).send();
});

app.get("/healthz", async () => ({ ok: true }));

await app.listen({ host: "0.0.0.0", port: Number(process.env.PORT ?? 8080) });
