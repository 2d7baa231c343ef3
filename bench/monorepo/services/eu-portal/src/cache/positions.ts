import type { GeoFix } from "@lanhai/domain";
import { positionsRedis, sessionRedis } from "../db.js";

/** Last known position, straight from the platform's position cache in Shanghai. */
export async function lastKnownPosition(vin: string): Promise<GeoFix | null> {
  const raw = await positionsRedis.get(`pos:last:${vin}`);
  return raw ? (JSON.parse(raw) as GeoFix) : null;
}

export interface PortalSession {
  ownerId: string;
  expiresAt: number;
}

export async function portalSession(token: string): Promise<PortalSession | null> {
  const raw = await sessionRedis.get(`session:${token}`);
  return raw ? (JSON.parse(raw) as PortalSession) : null;
}
