import mqtt from "mqtt";
import { DatabrokerClient, LATITUDE, SIGNALS } from "../shared/vss-client";

const broker = new DatabrokerClient("127.0.0.1:55555");
const euLink = mqtt.connect("mqtts://vehicle.example-motors.de:8883");
const cnLink = mqtt.connect("mqtts://vehicle.example-motors.com.cn:8883");
const localBus = mqtt.connect("mqtt://127.0.0.1:1883");

export async function sendPosition(): Promise<void> {
  const lat = await broker.getCurrentValue("Vehicle.CurrentLocation.Latitude");
  const lng = await broker.getCurrentValue(SIGNALS.longitude);
  euLink.publish("vehicle/position", JSON.stringify({ lat: lat.value, lng: lng.value })); // expect: vehicle-direct-export pi.sensitive.location-trajectory
  cnLink.publish("vehicle/position", JSON.stringify({ lat: lat.value, lng: lng.value })); // expect-none
  localBus.publish("vehicle/position", JSON.stringify({ lat: lat.value })); // expect-none
}

export async function sendSpeed(): Promise<void> {
  const speed = await broker.getCurrentValue(SIGNALS.speed);
  euLink.publish("vehicle/speed", String(speed.value)); // expect: vehicle-direct-export pi.general.driving-behaviour
}

export async function sendCabinTemperature(): Promise<void> {
  const temperature = await broker.getCurrentValue(SIGNALS.cabinTemperature);
  euLink.publish("vehicle/cabin", String(temperature.value)); // expect-none
}

export function streamPosition(): void {
  broker.subscribe([LATITUDE, "Vehicle.CurrentLocation.Longitude"], (update) => {
    const values = Object.values(update).map((p) => p.value);
    euLink.publish("vehicle/stream", JSON.stringify(values)); // expect: vehicle-direct-export pi.sensitive.location-trajectory
    cnLink.publish("vehicle/stream", JSON.stringify(values)); // expect-none
  });
}

export async function heartbeat(): Promise<void> {
  euLink.publish("vehicle/heartbeat", JSON.stringify({ alive: true, at: Date.now() })); // expect-none
}
