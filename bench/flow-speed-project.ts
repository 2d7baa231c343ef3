import { BUNDLER_COMPILER_OPTIONS, EXAMPLE_MOTORS_HOSTS } from "./project-config.js";
import { projectWriter } from "./project-writer.js";

const FLOWS_PER_FILE = 20;

/**
 * Writes a project with `flows` classified flows to sinks: every service file
 * has 20 functions, each sending classified data by one of the shapes the
 * engine follows (direct call, cross-file helper with a caller-supplied URL,
 * array callback, class field), to a foreign, domestic or internal host.
 * Returns the number of TypeScript files written.
 */
export function generateFlowProject(dir: string, flows: number): number {
  const write = projectWriter(dir);
  write("vdx.config.yaml", ['include: ["src/**"]', "tsconfig: tsconfig.json", "hosts:", ...EXAMPLE_MOTORS_HOSTS, ""].join("\n"));
  write("tsconfig.json", JSON.stringify({ compilerOptions: BUNDLER_COMPILER_OPTIONS, include: ["src"] }));
  write(
    "src/model.ts",
    `
export interface Position {
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
  /** @vdx pi.sensitive.location-trajectory */
  lng: number;
}
export interface Trip {
  id: string;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  end: Position;
  /** @vdx pi.general.driving-behaviour */
  maxSpeed: number;
  note: string;
}
export declare function loadTrip(id: string): Trip;
export declare function loadTrips(): Promise<Trip[]>;
`,
  );
  write(
    "src/http.ts",
    `
export function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, { method: "POST", body: JSON.stringify(body) });
}
export class Outbox {
  private items: unknown[] = [];
  add(item: unknown): void { this.items.push(item); }
  flush(url: string): Promise<Response> { return postJson(url, this.items); }
}
`,
  );
  const hosts = ["https://telemetry.example-motors.de/v1", "https://telemetry.example-motors.com.cn/v1", "http://store.svc.cluster.local/v1"];
  let files = 3;
  for (let start = 0, fileIndex = 0; start < flows; start += FLOWS_PER_FILE, fileIndex++) {
    const lines = [
      'import axios from "axios";',
      'import { loadTrip, loadTrips, type Trip } from "../model";',
      'import { postJson, Outbox } from "../http";',
      "const outbox = new Outbox();",
    ];
    for (let i = start; i < Math.min(flows, start + FLOWS_PER_FILE); i++) {
      const url = hosts[i % hosts.length];
      switch (i % 4) {
        case 0:
          lines.push(`export async function direct${i}(id: string) { const t = loadTrip(id); await axios.post("${url}/d${i}", { vin: t.vin, at: t.end }); }`);
          break;
        case 1:
          lines.push(
            `export async function helper${i}(id: string) { const t: Trip = loadTrip(id); await postJson("${url}/h${i}", { speed: t.maxSpeed, note: t.note }); }`,
          );
          break;
        case 2:
          lines.push(
            `export async function batch${i}() { const trips = await loadTrips(); const rows = trips.map((t) => [t.end.lat, t.end.lng]); await axios.put("${url}/b${i}", rows); }`,
          );
          break;
        default:
          lines.push(`export async function queued${i}(id: string) { outbox.add(loadTrip(id).vin); await outbox.flush("${url}/q${i}"); }`);
      }
    }
    write(`src/services/service${fileIndex}.ts`, lines.join("\n") + "\n");
    files++;
  }
  return files;
}
