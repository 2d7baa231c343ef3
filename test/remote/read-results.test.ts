import { describe, expect, it } from "vitest";
import { analyzeRemote, summarise } from "./remote-project.js";

// What a store read returns is what the store holds: typed rows (by the names their SELECT gives them),
// not the key, filter or URL the call was given.
const TYPES = `export interface GeoPoint {
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
  /** @vdx pi.sensitive.location-trajectory */
  lng: number;
}
export interface Trip {
  tripId: string;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  start: GeoPoint;
}
/** @vdx none */
export interface CacheStamp { updatedAt: string }
`;

describe("store read results", () => {
  it("does not carry the key or URL a read was given: a VIN in a cache key or a path is not in the value read", () => {
    const result = analyzeRemote({
      "types.ts": TYPES,
      "api/server.ts": `import Fastify from "fastify";
import cors from "@fastify/cors";
import { Redis } from "ioredis";
import type { CacheStamp, Trip } from "../types";
declare function tripById(id: string): Promise<Trip>;
const cache = new Redis("redis://cache.charging.example.com.cn:6379");
const app = Fastify();
await app.register(cors, { origin: ["https://portal.example-motors.de"] });
app.get<{ Params: { id: string } }>("/trips/:id/stamp", async (request) => {
  const trip = await tripById(request.params.id);
  const raw = await cache.get(\`stamp:\${trip.vin}\`);
  return raw ? (JSON.parse(raw) as CacheStamp) : null;
});
app.get<{ Params: { id: string } }>("/trips/:id/summary", async (request) => {
  const trip = await tripById(request.params.id);
  const response = await fetch(\`https://api.charging.example.com.cn/v1/summaries/\${trip.vin}\`);
  return (await response.json()) as CacheStamp;
});
app.get<{ Params: { id: string } }>("/trips/:id/vehicle", async (request) => ({ vehicle: (await tripById(request.params.id)).vin }));
`,
    });
    // Only the route that answers with the VIN itself.
    expect(summarise(result)).toEqual([
      "unassessed-export remote-access api/server.ts:19 pi.general.vehicle-identifier → https://portal.example-motors.de (DE)",
    ]);
  });

  it("matches typed rows to the names the SELECT gives them (start_fix AS start)", () => {
    const result = analyzeRemote({
      "types.ts": TYPES,
      "eu/trips.ts": `import pg from "pg";
import type { Trip } from "../types";
const pool = new pg.Pool({ connectionString: "postgres://eu@db.charging.example.com.cn:5432/trips" });
export async function tripStarts(): Promise<Trip[]> {
  const { rows } = await pool.query<Trip>('SELECT trip_id AS "tripId", start_fix AS "start" FROM trips');
  return rows;
}
`,
    });
    expect(
      summarise(result)
        .filter((l) => l.includes("remote-access"))
        .map((l) => l.split(" → ")[0]),
    ).toEqual(["unassessed-export remote-access eu/trips.ts:5 pi.sensitive.location-trajectory"]);
  });
});
