import * as Sentry from "@sentry/node";
import type { Vin } from "@lanhai/domain";

/** Reports an error with the vehicle it concerns, so on-call can find the vehicle's logs. */
export function captureVehicleError(error: unknown, vin: Vin, context: Record<string, string> = {}): void {
  Sentry.withScope((scope) => {
    scope.setTag("vin", vin);
    scope.setContext("pipeline", context);
    Sentry.captureException(error);
  });
}
