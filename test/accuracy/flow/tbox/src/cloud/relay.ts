import axios from "axios";
import { DatabrokerClient } from "../shared/vss-client";

const replay = new DatabrokerClient("replay.example-motors.com.cn:55555");

/** Cloud side (in China): the same data is judged against the registry, not the vehicle rule. */
export async function relaySpeed(): Promise<void> {
  const speed = await replay.getCurrentValue("Vehicle.Speed");
  await axios.post("https://relay.example-motors.de/speed", { v: speed.value }); // expect-none
}

export async function relayPosition(): Promise<void> {
  const lat = await replay.getCurrentValue("Vehicle.CurrentLocation.Latitude");
  await axios.post("https://relay.example-motors.de/position", { lat: lat.value }); // expect-none
}

export async function relayToUnlisted(): Promise<void> {
  const lat = await replay.getCurrentValue("Vehicle.CurrentLocation.Latitude");
  await axios.post("https://relay.example-motors.com/position", { lat: lat.value }); // expect: unresolved-destination pi.sensitive.location-trajectory
}
