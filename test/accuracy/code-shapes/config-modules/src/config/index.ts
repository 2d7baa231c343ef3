import { GEOFENCE_URL, MIRROR_URLS, TELEMETRY_URL } from "./env";

export type Region = "eu" | "cn";

/** Partner endpoints per region: a literal table. */
export const PARTNER_HOSTS: Record<Region, string> = {
  eu: "https://partner.example-motors.de",
  cn: "https://partner.example-motors.com.cn",
};

export const REGION_ENDPOINTS = new Map<Region, string>([
  ["eu", "https://regional.example-motors.de"],
  ["cn", "https://regional.example-motors.com.cn"],
]);

export function ingestHostFor(region: Region): string {
  switch (region) {
    case "cn":
      return "https://ingest.example-motors.com.cn";
    default:
      return "https://ingest.example-motors.de";
  }
}

export const appConfig = {
  telemetry: { baseUrl: TELEMETRY_URL, batchSize: 50 },
  geofence: { baseUrl: GEOFENCE_URL },
  mirrors: MIRROR_URLS,
} as const;
