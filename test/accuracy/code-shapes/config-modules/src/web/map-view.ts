import { MAP_API } from "../config/vite-env";
import { nextSample } from "../telemetry/model";

export async function drawRoute(): Promise<void> {
  const { route } = nextSample();
  await fetch(`${MAP_API}/route`, { method: "POST", body: JSON.stringify(route) }); // expect: unassessed-export pi.sensitive.location-trajectory
}
