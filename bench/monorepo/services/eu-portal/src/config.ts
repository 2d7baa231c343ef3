import { API_HOSTS, storage, str } from "@lanhai/config";

/**
 * The portal runs in Frankfurt. Owner master data, trips, charging records and diagnostics stay in
 * China; the portal reads them on demand (see DC-114 for what it may read).
 */
export const portalConfig = {
  ownersDb: str("OWNERS_DB_URL", "postgres://eu_portal_ro@pg-owners.lanhai-motors.com.cn:5432/owners"),
  ownersReplicaDb: str("OWNERS_REPLICA_URL", "postgres://eu_portal_ro@pg-owners-ro.lanhai-motors.com.cn:5432/owners"),
  portalDb: str("PORTAL_DB_URL", "postgres://portal@pg.eu-portal.svc.cluster.local:5432/portal"),
  positionsRedis: str("CN_POSITIONS_REDIS", "rediss://redis-positions.lanhai-motors.com.cn:6380"),
  sessionRedis: str("REDIS_URL", "redis://redis.eu-portal.svc.cluster.local:6379"),
  tripArchiveEu: storage.tripArchiveEu,
  rawLanding: storage.ingestRaw,
  cdrArchive: storage.cdrArchive,
  fleetQueryAddress: str("FLEET_QUERY_ADDR", "fleet-query.lanhai-motors.com.cn:443"),
  vehicleProfileApi: `${API_HOSTS.cn}/vehicle-profile/v2`,
  diagMongo: str("DIAG_MONGO_URL", "mongodb+srv://eu-portal@diag.lanhai-motors.com.cn/diagnostics"),
  crmApi: "https://crm.lanhai-motors.de/api",
};
