import { nextSample } from "../telemetry/model";

interface Subscription {
  url: string;
  partnerId: string;
}

declare function loadSubscriptions(partnerId: string): Promise<Subscription[]>;

async function postEvent(body: unknown, url: string): Promise<void> {
  await fetch(url, { method: "POST", body: JSON.stringify(body) });
}

/**
 * The callback picks the URL out of a subscription row: the row is opaque where it is handed over
 * (a database result), so the send is reported where the URL is picked, not where the row is passed.
 */
function onSample(subscription: Subscription): () => Promise<void> {
  return () => postEvent({ partner: subscription.partnerId, sample: nextSample() }, subscription.url); // expect: unresolved-destination pi.general.vehicle-identifier pi.sensitive.location-trajectory
}

export async function subscribe(partnerId: string): Promise<Array<() => Promise<void>>> {
  const callbacks: Array<() => Promise<void>> = [];
  for (const subscription of await loadSubscriptions(partnerId)) callbacks.push(onSample(subscription)); // expect-none
  return callbacks;
}

/** Where the caller writes the URL out (as an argument or in the object it hands over), it is reported at that caller. */
export async function replay(): Promise<void> {
  await postEvent(nextSample(), "https://replay.example-motors.de/v1/samples"); // expect: unassessed-export pi.general.vehicle-identifier pi.sensitive.location-trajectory
  await sendTo({ url: "https://archive.example-motors.de/v1/samples", partnerId: "archive" }); // expect: unassessed-export pi.general.vehicle-identifier pi.sensitive.location-trajectory
}

async function sendTo(subscription: Subscription): Promise<void> {
  await postEvent(nextSample(), subscription.url);
}
