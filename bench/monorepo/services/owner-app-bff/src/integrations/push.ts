import { Analytics } from "@segment/analytics-node";
import { applicationDefault, initializeApp } from "firebase-admin/app";
import { getMessaging } from "firebase-admin/messaging";
import { PostHog } from "posthog-node";
import type { GeoFix, Vin } from "@lanhai/domain";

const firebase = initializeApp({ credential: applicationDefault(), projectId: "lanhai-owner-app-global" });
const messaging = getMessaging(firebase);
const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? "", flushAt: 20 });
const posthog = new PostHog(process.env.POSTHOG_API_KEY ?? "", { host: "https://eu.i.posthog.com" });

async function lastFix(vin: Vin): Promise<GeoFix> {
  const response = await fetch(`https://vehicle-api.lanhai.internal/v1/positions/${vin}/live`);
  return (await response.json()) as GeoFix;
}

/**
 * Confirms an executed remote command on the owner's phone. The overseas Android build has no
 * domestic push channel, so it goes through FCM.
 */
export async function notifyRemoteCommand(fcmToken: string, ownerId: string, vin: Vin, command: string): Promise<void> {
  const fix = await lastFix(vin);
  await messaging.send({
    token: fcmToken,
    notification: { title: "Lanhai", body: "Your remote command was executed" },
    data: { vin, lat: String(fix.lat), lng: String(fix.lng) },
    android: { priority: "high" },
  });
  await analytics.track({ userId: ownerId, event: "Remote Command Executed", properties: { vin } });
  posthog.capture({ distinctId: ownerId, event: "remote_command_confirmed", properties: { platform: "android" } });
  console.info(`confirmed ${command} for owner ${ownerId}`);
}
