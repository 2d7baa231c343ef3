import { io } from "socket.io-client";
import WebSocket from "ws";
import { endpoints, list } from "@lanhai/config";
import type { GeoPosition } from "@lanhai/proto";

const dashboard = io(endpoints.liveDashboard, {
  transports: ["websocket"],
  auth: { token: process.env.LIVE_DASHBOARD_TOKEN },
});
const opsFeed = new WebSocket(endpoints.opsFeed, {
  headers: { authorization: `Bearer ${process.env.OPS_FEED_TOKEN ?? ""}` },
});
const euTestFleet = new Set(list("EU_TEST_FLEET_VINS", []));

export async function broadcastPosition(vin: string, position: GeoPosition): Promise<void> {
  if (opsFeed.readyState === WebSocket.OPEN) {
    opsFeed.send(JSON.stringify({ vin, lat: position.latitude, lng: position.longitude, at: Date.now() }));
  }
  if (euTestFleet.has(vin)) {
    // vdx-assessment: SA-2025-0311
    dashboard.emit("vehicle:position", { vin, lat: position.latitude, lng: position.longitude });
  }
}

export function dashboardHeartbeat(): void {
  dashboard.emit("gateway:heartbeat", { gateway: "tsp-gateway-cn", at: new Date().toISOString() });
}
