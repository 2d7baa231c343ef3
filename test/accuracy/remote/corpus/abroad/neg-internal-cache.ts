// negative: a cache inside the foreign deployment's own cluster
import Redis from "ioredis";
import type { ChargeSession } from "../shared/types";

const redis = new Redis("redis://cache.svc.cluster.local:6379");

export async function cached(id: string) {
  return (await redis.hgetall(`live:${id}`)) as unknown as ChargeSession;
}
