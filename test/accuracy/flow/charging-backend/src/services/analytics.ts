import { Analytics } from "@segment/analytics-node";
import { openSessions } from "../domain/session";

const analytics = new Analytics({ writeKey: "example-write-key" });

export function trackSessions(): void {
  openSessions().forEach((session) => {
    analytics.track({ userId: session.vin, event: "charging", properties: { kwh: session.kwh } }); // expect: unassessed-export pi.general.vehicle-identifier
    analytics.track({ anonymousId: session.sessionId, event: "charging-anon", properties: { kwh: session.kwh } }); // expect-none
  });
}

export function trackTotals(): void {
  const total = openSessions().reduce((sum, s) => sum + s.kwh, 0);
  analytics.track({ anonymousId: "fleet", event: "totals", properties: { total } }); // expect-none
}

export function trackEmails(): void {
  const emails = openSessions().reduce<string[]>((all, s) => [...all, s.customerEmail], []);
  analytics.identify({ anonymousId: "batch", traits: { emails } }); // expect: unassessed-export pi.general.identity-contact
}
