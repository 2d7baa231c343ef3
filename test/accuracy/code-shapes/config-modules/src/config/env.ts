declare const process: { env: Record<string, string | undefined> };

/** Everything the deployment may set, read once. */
const env = process.env;

export const TELEMETRY_URL = env.TELEMETRY_URL ?? "https://telemetry.example-motors.de/v1";
export const { GEOFENCE_URL = "https://geofence.example-motors.de" } = process.env;
const { CN_TELEMETRY_URL = "https://telemetry.example-motors.com.cn/v1" } = env;
export const DOMESTIC_TELEMETRY_URL = CN_TELEMETRY_URL;
export const AUDIT_URL = env.AUDIT_URL;

/** A comma-separated list from the environment, or the literal fallback that ships. */
export function parseUrlList(value: string | undefined, fallback: string[]): string[] {
  return value ? value.split(",").map((entry) => entry.trim()).filter(Boolean) : fallback;
}

export const MIRROR_URLS = parseUrlList(env.MIRROR_URLS, ["https://mirror-a.example-motors.de", "https://mirror-b.example-motors.de"]);
