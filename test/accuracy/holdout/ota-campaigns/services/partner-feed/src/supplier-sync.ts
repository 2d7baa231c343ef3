import axios from "axios";
import { campaigns } from "../../shared/db.js";
import type { PackageManifest } from "../../shared/types.js";

const harmanix = axios.create({ baseURL: "https://api.harmanix-ota.de/v2", timeout: 15_000 });

export async function syncResults(campaignId: string): Promise<void> {
  const targets = await campaigns.targets(campaignId);
  await harmanix.post("/campaigns/results", targets.map((t) => ({ vin: t.vin, sw: t.currentSwVersion, status: t.status }))); // negative: covered by SA-2026-3301
}

export async function publishManifest(manifest: PackageManifest): Promise<void> {
  await harmanix.put(`/packages/${manifest.sha256}`, manifest); // negative: package source covered by the E7 record MIIT-OTA-2026-E7-03
}

export async function syncFailures(campaignId: string): Promise<void> {
  const failures = await campaigns.failures(campaignId);
  await harmanix.post("/campaigns/failures", failures); // expect: inadequate-assessment behaviour=push ota.ecu-aftersales pi.general.vehicle-identifier pi.sensitive.location-trajectory
}

export async function publishManifestWithTargets(manifest: PackageManifest, campaignId: string): Promise<void> {
  const targets = await campaigns.targets(campaignId);
  // vdx-assessment: SA-2026-3301
  await harmanix.post("/packages/rollout", { manifest, vins: targets.map((t) => t.vin) }); // expect: inadequate-assessment behaviour=push ota.package-source pi.general.vehicle-identifier
}

export async function syncPilotVehicles(campaignId: string): Promise<void> {
  const targets = await campaigns.targets(campaignId);
  // vdx-assessment: SA-2026-3310
  await harmanix.post("/campaigns/pilot", targets.map((t) => ({ vin: t.vin }))); // expect: unassessed-export behaviour=push pi.general.vehicle-identifier
}
