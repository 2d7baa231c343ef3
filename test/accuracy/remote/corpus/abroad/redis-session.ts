import Redis from "ioredis";
import type { ChargeSession } from "../shared/types";

const redis = new Redis("redis://cache.charging.example.com.cn:6379");

export async function liveSession(id: string) { // expect: unassessed-export behaviour=processing-abroad
  const session = (await redis.hgetall(`live:${id}`)) as unknown as ChargeSession; // expect: unassessed-export behaviour=remote-access
  return session.vin;
}
