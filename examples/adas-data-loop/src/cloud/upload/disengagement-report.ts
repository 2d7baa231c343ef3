import type { Clip } from "../../gen/adas/dataloop/v1/clip.js";
import { TriggerKind } from "../../gen/adas/dataloop/v1/clip.js";
import { SAFETY_REPORT_URL } from "../../shared/endpoints.js";

/** CAN signals that mark a takeover by the safety driver. */
const TAKEOVER_SIGNALS = new Set(["ADAS_TakeoverRequest", "ADAS_DisengageReason", "EPS_DriverTorqueOverride"]);

/**
 * Reports a disengagement to the EU safety team, who keep the safety case for the type approval
 * of the European model. Sends the takeover-related CAN events only, with the VIN.
 */
export async function reportDisengagement(clip: Clip): Promise<void> {
  if (clip.trigger?.kind !== TriggerKind.TRIGGER_KIND_DISENGAGEMENT) return;
  const takeover = clip.canEvents.filter((event) => TAKEOVER_SIGNALS.has(event.signalName));
  // vdx-assessment: SA-2022-0815
  const response = await fetch(SAFETY_REPORT_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ clipId: clip.clipId, vin: clip.vin, firedAtNs: clip.trigger.firedAtNs, events: takeover }),
  });
  if (!response.ok) throw new Error(`disengagement report for clip ${clip.clipId} rejected: HTTP ${response.status}`);
}
