import type { Vin } from "./vehicle.js";

export interface CampaignOutcome {
  /** @vdx none */
  campaignId: string;
  vin: Vin;
  /** @vdx ota.vehicle-control-upgrade */
  targetEcus: string[];
  /** @vdx ota.vehicle-control-upgrade */
  rxswin: string;
  /** @vdx none */
  result: "SUCCESS" | "FAILED" | "ROLLED_BACK";
}

export interface PackageSourceBundle {
  /** @vdx none */
  defectId: string;
  /** @vdx ota.package-source */
  sourceArchive: Uint8Array;
  /** @vdx none */
  targetEcu: string;
}
