export { str, list, int, flag, nodeEnv, serviceVersion } from "./env.js";
export { API_HOSTS, NOTIFY_HOSTS, cosRegionFor, ossRegionFor, homeMarket, type Market } from "./regions.js";
export { endpoints } from "./endpoints.js";
export { storage } from "./storage.js";
export { corsOrigins } from "./cors.js";
