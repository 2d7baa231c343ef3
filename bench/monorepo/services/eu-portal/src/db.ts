import pg from "pg";
import { Redis } from "ioredis";
import { portalConfig } from "./config.js";

export const ownersPool = new pg.Pool({ connectionString: portalConfig.ownersDb, max: 4, ssl: { rejectUnauthorized: true } });
export const ownersReplicaPool = new pg.Pool({ connectionString: portalConfig.ownersReplicaDb, max: 4 });
export const portalPool = new pg.Pool({ connectionString: portalConfig.portalDb, max: 10 });
export const positionsRedis = new Redis(portalConfig.positionsRedis, { tls: {}, lazyConnect: true });
export const sessionRedis = new Redis(portalConfig.sessionRedis);
