import * as Sentry from "@sentry/node";
import type { Clip } from "../../gen/adas/dataloop/v1/clip.js";

// The ADAS organisation's Sentry project lives in Sentry's EU region (Frankfurt).
Sentry.init({
  dsn: "https://5f0c1e2d3a4b4c5d9e8f7a6b5c4d3e2f@o4507123.ingest.de.sentry.io/4507123456",
  environment: process.env.DEPLOY_ENV ?? "production",
  sendDefaultPii: false,
});

/** Reports a failed pipeline stage with enough context to find the clip and where it was recorded. */
export function reportPipelineFailure(error: unknown, stage: string, clip: Clip): void {
  const lastFix = clip.gnss.at(-1);
  Sentry.captureException(error, {
    tags: { stage, trigger: String(clip.trigger?.kind ?? 0) },
    contexts: {
      clip: {
        clipId: clip.clipId,
        vin: clip.vin,
        lastFix: lastFix ? { lat: lastFix.latitudeDeg, lon: lastFix.longitudeDeg } : null,
      },
    },
  });
}
