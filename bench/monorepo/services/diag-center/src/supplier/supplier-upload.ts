import { endpoints } from "@lanhai/config";
import type { FieldIssue, FreezeFrame, VulnerabilityReport } from "@lanhai/domain";
import { createGotClient } from "@lanhai/http-kit";
import { maskVin } from "@lanhai/privacy";

const supplierPortal = createGotClient(`${endpoints.supplierPortal}/api/v1`, process.env.BREMER_PORTAL_TOKEN);

/** Field issues for the supplier's 8D process: DTC pattern and mileage, not which car. */
export async function shareFieldIssue(issue: FieldIssue): Promise<void> {
  await supplierPortal.post("field-issues", { json: { ...issue, vin: maskVin(issue.vin) } });
}

/** Freeze frames the supplier asked for in an escalated 8D case. */
export async function uploadFreezeFrames(frames: readonly FreezeFrame[]): Promise<void> {
  await supplierPortal.post("freeze-frames", { json: { frames } });
}

/** Coordinated disclosure of a vulnerability in the supplier's ECU (filed with MIIT first). */
export async function reportVulnerability(report: VulnerabilityReport): Promise<void> {
  // vdx-assessment: MIIT-VUL-2026-031
  await supplierPortal.post("psirt/reports", { json: report });
}
