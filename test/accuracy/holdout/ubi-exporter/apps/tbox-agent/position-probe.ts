import { VSSClient } from "@eclipse-kuksa/kuksa-node";

const kuksa = new VSSClient({ host: "127.0.0.1", port: 55555 });
const LATITUDE = "Vehicle.CurrentLocation.Latitude";
const LONGITUDE = "Vehicle.CurrentLocation.Longitude";

export async function reportPositionToInsurer(): Promise<void> {
  const lat = await kuksa.getCurrentValue(LATITUDE);
  const lon = await kuksa.getCurrentValue(LONGITUDE);
  await fetch("https://api.safedrive-insure.sg/ubi/v3/positions", { method: "POST", body: JSON.stringify({ lat, lon, at: Date.now() }) }); // expect: vehicle-direct-export behaviour=push pi.sensitive.location-trajectory
}
