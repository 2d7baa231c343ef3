import * as Sentry from "@sentry/node";
import { nodeEnv, serviceVersion } from "@lanhai/config";

/** Error monitoring for the platform back ends (the group's Sentry organisation, EU data region). */
export function initSentry(service: string): void {
  Sentry.init({
    dsn:
      process.env.SENTRY_DSN ??
      "https://7d1c4f2e9b3a4e6f8a0b1c2d3e4f5a6b@o4507741.ingest.de.sentry.io/4507741093",
    environment: nodeEnv,
    release: `${service}@${serviceVersion}`,
    tracesSampleRate: 0.02,
    sendDefaultPii: false,
  });
}
