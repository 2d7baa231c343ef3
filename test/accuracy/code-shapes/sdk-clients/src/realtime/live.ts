import { io } from "socket.io-client";
import WebSocket from "ws";
import https from "node:https";
import { currentPosition, currentVehicle } from "../model/vehicle";

const socket = io("https://live.example-motors.de", { transports: ["websocket"] });

export function streamPosition(): void {
  socket.emit("position", currentPosition()); // expect: unassessed-export pi.sensitive.location-trajectory
  socket.emit("heartbeat", { at: Date.now() }); // expect-none
}

/** A streaming client that keeps its socket as instance state. */
export class PositionStream {
  private ws?: WebSocket;

  constructor(private readonly endpoint: string = "wss://stream.example-motors.de/v1") {}

  connect(): void {
    this.ws = new WebSocket(`${this.endpoint}/positions`);
  }

  push(): void {
    this.ws?.send(JSON.stringify(currentPosition())); // expect: unassessed-export pi.sensitive.location-trajectory
  }
}

/** One request: the VIN in the path and the position in the body are one send, reported once. */
export function legacyUpload(): void {
  const { vin } = currentVehicle();
  const request = https.request({ hostname: "legacy.example-motors.de", path: `/v1/vehicles/${vin}/position`, method: "POST" }); // expect: unassessed-export pi.general.vehicle-identifier pi.sensitive.location-trajectory
  request.write(JSON.stringify(currentPosition()));
  request.end();
}

/** To the domestic platform: no export. */
export function domesticUpload(): void {
  const request = https.request({ hostname: "ingest.example-motors.com.cn", path: "/v1/position", method: "POST" });
  request.end(JSON.stringify(currentPosition())); // expect-none
}
