import axios from "axios";
import { endpoints } from "@lanhai/config";
import type { CrashEvent, Owner } from "@lanhai/domain";

/**
 * Automatic crash notification to the roadside-assistance provider that covers the vehicle's
 * roaming area. The provider calls the owner back on the mobile number we pass.
 */
export async function placeEmergencyCall(event: CrashEvent, owner: Owner): Promise<void> {
  // vdx-assessment: E4-2026-ECALL-01
  await axios.post(
    `${endpoints.roadside}/incidents`,
    {
      vin: event.vin,
      position: event.position,
      occurredAt: event.occurredAt,
      callback: { name: owner.fullName, mobile: owner.mobile },
    },
    { headers: { "X-Incident-Source": "lanhai-tsp" }, timeout: 3_000 },
  );
}
