import ky from "ky";
import { io } from "socket.io-client";
import { getFirestore } from "firebase-admin/firestore";
import type { VehicleState } from "../gen/telemetry";
import { stateOf } from "../sync/source";

const api = ky.create({ prefixUrl: "https://dashboard.example-motors.de/api" });
const domesticApi = ky.create({ prefixUrl: "https://dashboard.example-motors.com.cn/api" });
const live = io("https://live.example-motors.de");

export async function pushState(vin: string): Promise<void> {
  const state = stateOf(vin);
  await api.post("v1/state", { json: state }); // expect: unassessed-export conn.operating-condition pi.general.vehicle-identifier pi.sensitive.location-trajectory
  await domesticApi.post("v1/state", { json: state }); // expect-none
}

export function emitPosition(state: VehicleState): void {
  live.emit("position", { lat: state.latitude, lng: state.longitude }); // expect: unassessed-export pi.sensitive.location-trajectory
  live.emit("firmware", { firmware: state.firmware }); // expect-none
}

export async function mirrorToFirestore(vin: string): Promise<void> {
  const { latitude, longitude, firmware } = stateOf(vin);
  await getFirestore().collection("vehicles").doc(vin).set({ latitude, longitude }); // expect: unassessed-export pi.sensitive.location-trajectory
  await getFirestore().collection("firmware").doc("latest").set({ firmware }); // expect-none
}

export function beaconPosition(state: VehicleState): void {
  navigator.sendBeacon("https://collect.example-motors.de/b", JSON.stringify([state.latitude, state.longitude])); // expect: unassessed-export pi.sensitive.location-trajectory
}

export function uploadTrace(states: VehicleState[]): void {
  const xhr = new XMLHttpRequest();
  xhr.open("POST", "https://upload.example-motors.de/v1/trace");
  xhr.send(JSON.stringify(states.map((s) => s.vin))); // expect: unassessed-export pi.general.vehicle-identifier
}

export function fetchChain(vin: string): Promise<Response> {
  return Promise.resolve(stateOf(vin))
    .then((s) => ({ vin: s.vin, temperature: s.batteryTemperature }))
    .then((body) => fetch("https://dashboard.example-motors.de/api/chain", { method: "POST", body: JSON.stringify(body) })); // expect: unassessed-export conn.operating-condition pi.general.vehicle-identifier
}
