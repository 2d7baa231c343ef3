import * as Sentry from "@sentry/node";
import { provisioning } from "./provisioning.js";

// Crash reports of the connectivity app go to the supplier-hosted Sentry of the T-Box vendor.
Sentry.init({
  dsn: "https://e3b0c44298fc1c149afbf4c8996fb924@o1184412.ingest.us.sentry.io/6298811",
  release: `tbox-app@${provisioning.firmware}`,
  sampleRate: 1.0,
});

export function reportCrash(error: unknown): void {
  Sentry.setUser({ id: provisioning.vin });
  Sentry.setTag("tbox_serial", provisioning.tboxSerial);
  Sentry.setTag("firmware", provisioning.firmware);
  Sentry.captureException(error);
}
