import mqtt from "mqtt";
import type { TripSummary } from "../../src/domain/trip.js";

declare const FIRMWARE_BUILD: string;

const insurerLink = mqtt.connect("mqtts://iot.safedrive-insure.sg:8883", { clientId: "tbox", keepalive: 60 });
const platformLink = mqtt.connect("mqtts://mqtt.iov.autoflux.com.cn:8883", { clientId: "tbox" });

export function publishTrip(trip: TripSummary): void {
  insurerLink.publish("ubi/trips", JSON.stringify(trip), { qos: 1 }); // expect: vehicle-direct-export behaviour=push pi.general.driving-behaviour pi.general.vehicle-identifier pi.sensitive.location-trajectory
}

export function publishToPlatform(trip: TripSummary): void {
  platformLink.publish("iov/trips", JSON.stringify(trip), { qos: 1 }); // negative: domestic platform first, as the guideline asks
}

export async function sendScore(trip: TripSummary): Promise<void> {
  await fetch("https://api.safedrive-insure.sg/ubi/v3/scores", { method: "POST", body: JSON.stringify({ vin: trip.vin, harshBrakes: trip.harshBrakes }) }); // expect: vehicle-direct-export behaviour=push pi.general.driving-behaviour pi.general.vehicle-identifier
}

export function heartbeat(): void {
  insurerLink.publish("ubi/heartbeat", JSON.stringify({ uptimeSec: Math.round(process.uptime()), build: FIRMWARE_BUILD })); // negative: no classified data
}
