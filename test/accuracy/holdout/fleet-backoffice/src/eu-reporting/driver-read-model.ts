import { Pool } from "pg";
import Redis from "ioredis";
import type { Driver } from "../domain/fleet.js";

/** Read model over the CRM database; the pool is handed in so tests can swap it. */
export class DriverReadModel {
  constructor(private readonly db: Pool) {}

  async all(): Promise<Driver[]> { // expect: unassessed-export behaviour=processing-abroad pi.general.identity-contact (stretch: pool passed through a constructor)
    const res = await this.db.query<Driver>("SELECT id, name, phone FROM drivers"); // expect: unassessed-export behaviour=remote-access pi.general.identity-contact (stretch: pool passed through a constructor)
    return res.rows;
  }
}

export const driverReadModel = new DriverReadModel(new Pool({ host: "pg-crm.fleetops.example-motors.com.cn", database: "crm", user: "reporter" }));

const cache = new Redis("redis://cache.corp.example-motors.net:6379");

export async function cachedDriver(id: string): Promise<Driver | undefined> {
  const raw = await cache.get(`driver:${id}`); // negative: internal cache, not a store in China
  return raw ? (JSON.parse(raw) as Driver) : undefined;
}
