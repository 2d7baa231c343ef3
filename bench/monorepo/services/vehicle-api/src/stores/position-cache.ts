import { Redis } from "ioredis";
import { str } from "@lanhai/config";
import type { GeoFix } from "@lanhai/domain";

const redis = new Redis(str("POSITION_REDIS_URL", "rediss://redis-positions.lanhai-motors.com.cn:6380"), {
  enableAutoPipelining: true,
});

export const positionCache = {
  async last(vin: string): Promise<GeoFix | undefined> {
    const raw = await redis.get(`pos:last:${vin}`);
    return raw ? (JSON.parse(raw) as GeoFix) : undefined;
  },
};
