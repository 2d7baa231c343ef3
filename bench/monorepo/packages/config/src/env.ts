/**
 * Typed access to the process environment.
 *
 * Every setting has a literal default that is the production value for the China region, so a
 * service started without its Helm values still talks to the domestic platform. Deployments
 * abroad override what they need through their own values files.
 */
const env = process.env;

export function str(name: string, fallback: string): string {
  return env[name] ?? fallback;
}

/** Comma-separated lists ("a,b, c"); empty entries are dropped. */
export function list(name: string, fallback: readonly string[]): string[] {
  const raw = env[name];
  if (!raw) return [...fallback];
  return raw
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

export function int(name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined) return fallback;
  const parsed = Number.parseInt(raw, 10);
  return Number.isNaN(parsed) ? fallback : parsed;
}

export function flag(name: string, fallback = false): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined) return fallback;
  return raw === "1" || raw === "true" || raw === "yes";
}

export const nodeEnv = env.NODE_ENV ?? "production";
export const serviceVersion = env.SERVICE_VERSION ?? "0.0.0-dev";
