import { createHmac } from "node:crypto";
import type { Vin } from "@lanhai/domain";

/** Keeps the WMI and the last four characters: enough for support staff, not enough to identify. */
export function maskVin(vin: Vin): string {
  return `${vin.slice(0, 3)}**********${vin.slice(-4)}`;
}

/**
 * Stable pseudonym for joins across data sets. Not anonymisation: whoever has the key can
 * re-identify, so the result is still treated as a vehicle identifier.
 */
export function pseudonymizeVin(vin: Vin, key = process.env.VIN_PSEUDONYM_KEY ?? "dev-only-key"): string {
  return createHmac("sha256", key).update(vin).digest("hex").slice(0, 32);
}
