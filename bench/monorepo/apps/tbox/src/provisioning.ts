import { readFileSync } from "node:fs";
import type { TboxSerial, Vin } from "@lanhai/domain";
import { tboxConfig } from "./config.js";

/** Written at end-of-line in the plant; the log endpoint depends on the vehicle's market. */
export interface Provisioning {
  vin: Vin;
  tboxSerial: TboxSerial;
  logEndpoint: string;
  firmware: string;
}

export const provisioning = JSON.parse(readFileSync(tboxConfig.provisioningFile, "utf8")) as Provisioning;
