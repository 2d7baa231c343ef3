import { describe, expect, it } from "vitest";
import { analyzeProject } from "./helpers/flow-project.js";

const CLIENT = `
export interface Datapoint { value: number | string }
export interface VssClient {
  getCurrentValues(paths: string[]): Promise<Record<string, number | string>>;
  getDatapoints(paths: string[]): Promise<Map<string, Datapoint>>;
  subscribe(paths: string[], onUpdate: (updates: Record<string, Datapoint>) => void): void;
}
export const VIN = "Vehicle.VehicleIdentification.VIN";
export const PATHS = [
  "Vehicle.VehicleIdentification.VIN",
  "Vehicle.CurrentLocation.Latitude",
  "Vehicle.Speed",
  "Vehicle.Powertrain.TractionBattery.CurrentVoltage",
];
`;
const EU = `"https://diag.example-motors.de/v1"`;
const SEND = (body: string, prelude = "const values = await client.getCurrentValues(PATHS);") => `import { PATHS, VIN, type VssClient } from "../vss";
export async function send(client: VssClient) {
  ${prelude}
  await fetch(${EU}, { method: "POST", body: JSON.stringify(${body}) });
}
`;

function categoriesOf(source: string): string[] {
  const { findings } = analyzeProject({ "src/vss.ts": CLIENT, "src/a/send.ts": source });
  expect(findings.map((f) => f.ruleId)).toEqual(["unassessed-export"]);
  return findings[0]!.export!.categories;
}

const ALL = ["conn.operating-condition", "pi.general.driving-behaviour", "pi.general.vehicle-identifier", "pi.sensitive.location-trajectory"];

describe("batch VSS reads are field-sensitive by path", () => {
  it("the value read at one path carries that path's categories only", () => {
    expect(categoriesOf(SEND(`{ vin: values["Vehicle.VehicleIdentification.VIN"], lat: Number(values["Vehicle.CurrentLocation.Latitude"]) }`))).toEqual([
      "pi.general.vehicle-identifier",
      "pi.sensitive.location-trajectory",
    ]);
  });

  it("a constant key names the path too", () => {
    expect(categoriesOf(SEND("{ vin: String(values[VIN]) }"))).toEqual(["pi.general.vehicle-identifier"]);
  });

  it("Map results: get(path) is that entry; the literal list may be written in the call", () => {
    const prelude = `const points = await client.getDatapoints(["Vehicle.CurrentLocation.Latitude", "Vehicle.Speed", "Vehicle.VehicleIdentification.VIN"]);`;
    expect(categoriesOf(SEND(`{ speed: points.get("Vehicle.Speed")?.value }`, prelude))).toEqual(["pi.general.driving-behaviour"]);
  });

  it("the whole result, its values, or a dynamic key still carry every path", () => {
    expect(categoriesOf(SEND("values"))).toEqual(ALL);
    expect(categoriesOf(SEND("Object.values(values).map((v) => String(v))"))).toEqual(ALL);
    expect(categoriesOf(SEND("values[key]", "const values = await client.getCurrentValues(PATHS); const key = String(Date.now());"))).toEqual(ALL);
  });

  it("a subscription callback reading one path of its updates sends that path's data only", () => {
    const source = `import { PATHS, type VssClient } from "../vss";
export function watch(client: VssClient) {
  client.subscribe(PATHS, (updates) => {
    void fetch(${EU}, { method: "POST", body: JSON.stringify({ lat: updates["Vehicle.CurrentLocation.Latitude"]?.value }) });
  });
}
`;
    expect(categoriesOf(source)).toEqual(["pi.sensitive.location-trajectory"]);
  });

  it("a single-path read is the whole signal, whatever is read from it", () => {
    const source = `import type { VssClient } from "../vss";
export async function send(client: VssClient) {
  const values = await client.getCurrentValues(["Vehicle.Speed"]);
  await fetch(${EU}, { method: "POST", body: JSON.stringify({ v: values.speed }) });
}
`;
    expect(categoriesOf(source)).toEqual(["pi.general.driving-behaviour"]);
  });
});
