import * as Sentry from "@sentry/node";
import WebSocket from "ws";
import { energyBroker, domesticBroker } from "../integrations/clients";
import { openSessions, type ChargingSession } from "../domain/session";

Sentry.init({ dsn: "https://examplekey@o4501234.ingest.us.sentry.io/4501234" });

const liveFeed = new WebSocket("wss://live.example-motors.de/feed");
const opsFeed = new WebSocket("ws://monitor.internal.example-motors.net/feed");

/** Module state shared between the collector and the publisher. */
const pending: ChargingSession[] = [];

export function collect(): void {
  for (const session of openSessions()) pending.push(session);
}

export function publishPending(): void {
  const samples = pending.flatMap((s) => s.samples);
  energyBroker.publish("charging/samples", JSON.stringify(samples)); // expect: inadequate-assessment conn.charging-network
  domesticBroker.publish("charging/samples", JSON.stringify(samples)); // expect-none
}

export function publishCounts(): void {
  energyBroker.publish("charging/count", String(pending.length)); // expect-none
}

export function streamLive(session: ChargingSession): void {
  liveFeed.send(JSON.stringify({ evse: session.evseId, samples: session.samples })); // expect: unassessed-export conn.charging-network
  opsFeed.send(JSON.stringify(session)); // expect-none
}

export function reportFailure(error: Error, session: ChargingSession): void {
  Sentry.setUser({ email: session.customerEmail }); // expect: unassessed-export pi.general.identity-contact
  Sentry.setTag("session", session.sessionId); // expect-none
  Sentry.captureException(error); // expect-none
}
