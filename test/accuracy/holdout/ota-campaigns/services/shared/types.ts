export interface CampaignTarget {
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** @vdx ota.ecu-aftersales */
  currentSwVersion: string;
  /** @vdx none */
  campaignId: string;
  /** @vdx none */
  status: "pending" | "installed" | "failed";
}

export interface InstallFailure {
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** @vdx ota.ecu-aftersales */
  ecuId: string;
  /** @vdx ota.ecu-aftersales */
  errorCode: string;
  /** @vdx pi.sensitive.location-trajectory */
  lastPosition: { lat: number; lon: number };
  /** @vdx none */
  campaignId: string;
}

/** @vdx ota.package-source */
export interface PackageManifest {
  packageUrl: string;
  sha256: string;
  sizeBytes: number;
}

export interface CampaignStats {
  /** @vdx none */
  campaignId: string;
  /** @vdx none */
  installed: number;
  /** @vdx none */
  failed: number;
}
