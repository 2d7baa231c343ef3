import { str } from "./env.js";

// Core platform URLs. Read once at start-up; the defaults are the production values.
const {
  TSP_BASE_URL = "https://tsp.lanhai-motors.com.cn",
  OTA_BASE_URL = "https://ota.lanhai-motors.com.cn/v2",
  EU_PORTAL_URL = "https://portal.lanhai-motors.de",
} = process.env;

export const endpoints = {
  tsp: TSP_BASE_URL,
  ota: OTA_BASE_URL,
  euPortal: EU_PORTAL_URL,
  insurer: {
    baseUrl: str("KRAFTSURE_API_URL", "https://api.kraftsure.de/fleet/v2"),
    apiKeyHeader: "X-KS-Api-Key",
  },
  roaming: {
    baseUrl: str("ROAMING_HUB_URL", "https://ocpi.voltaro-roaming.eu/ocpi/2.2.1"),
    partyId: "LHM",
  },
  logistics: {
    host: str("LOGISTICS_HOST", "tracking.nagoya-logistics.co.jp"),
    basePath: "/api/v4",
  },
  geocoder: {
    domestic: str("GEO_DOMESTIC_URL", "https://geo.lanhai-motors.com.cn/v1"),
    overseas: str("GEO_OVERSEAS_URL", "https://maps.atlasgeo.com/v1"),
  },
  dealerApi: str("DEALER_API_URL", "https://dealers.lanhai-motors.com.sg/api"),
  supplierPortal: str("SUPPLIER_PORTAL_URL", "https://portal.bremer-steuergeraete.de"),
  liveDashboard: str("LIVE_DASHBOARD_URL", "wss://live.lanhai-motors.de"),
  opsFeed: str("OPS_FEED_URL", "wss://ops-live.lanhai-motors.com.cn/feed"),
  roadside: str("ROADSIDE_URL", "https://assist.pacific-roadside.com.hk/ecall/v1"),
};
