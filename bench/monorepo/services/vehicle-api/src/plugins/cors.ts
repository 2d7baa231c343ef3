import cors from "@fastify/cors";
import type { FastifyInstance } from "fastify";
import { corsOrigins } from "@lanhai/config";

/** Owner web portals (China and the EU owner portal) call this API from the browser. */
export async function registerCors(app: FastifyInstance): Promise<void> {
  await app.register(cors, {
    origin: corsOrigins.ownerPortal,
    credentials: true,
    methods: ["GET", "POST"],
  });
}
