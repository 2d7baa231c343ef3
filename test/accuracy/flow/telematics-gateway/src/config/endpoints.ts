export const EU_TELEMETRY = "https://telemetry.example-motors.de/v1/trips";
export const CN_TELEMETRY = "https://telemetry.example-motors.com.cn/v1/trips";
export const TRIP_STORE = "http://trip-store.default.svc.cluster.local:8080/ingest";
export const REPORTS = "https://reports.example-motors.de/v2/status";
export const LEGACY = "https://legacy.example-motors.de/upload";
export const FLEET = "https://fleet.example-motors.de/positions";
export const ANALYTICS_URL = process.env.ANALYTICS_URL ?? "https://analytics.example-motors.de/collect";
export const DOMESTIC_ANALYTICS_URL = process.env.CN_ANALYTICS_URL ?? "https://analytics.example-motors.com.cn/collect";

declare const process: { env: Record<string, string | undefined> };
