import { describe, expect, it } from "vitest";
import { analyzeProject, summarise, testPack } from "./helpers/flow-project.js";

const pack = testPack();
const TRIP = `
export interface Trip {
  id: string;
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
  /** @vdx pi.sensitive.location-trajectory */
  lng: number;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
}
export declare function loadTrip(): Trip;
`;
const run = (main: string, extra: Record<string, string> = {}) => summarise(analyzeProject({ "src/trip.ts": TRIP, "src/main.ts": main, ...extra }, { pack }));

describe("taint propagation", () => {
  it("reports a whole classified object sent abroad, at the sink", () => {
    expect(
      run(`import axios from "axios"; import { loadTrip } from "./trip";
      export async function upload() { const trip = loadTrip(); await axios.post("https://telemetry.example-motors.de/v1", trip); }`),
    ).toEqual(["unassessed-export@src/main.ts:2 pi.general.vehicle-identifier,pi.sensitive.location-trajectory"]);
  });

  it("is field-sensitive: unclassified fields only are no export", () => {
    expect(
      run(`import axios from "axios"; import { loadTrip } from "./trip";
      export async function upload() { const trip = loadTrip(); await axios.post("https://telemetry.example-motors.de/v1", { id: trip.id }); }`),
    ).toEqual([]);
  });

  it("follows property reads, destructuring, spread, JSON.stringify and Buffer.from", () => {
    expect(
      run(`import axios from "axios"; import { loadTrip } from "./trip";
      export async function upload() {
        const { lat, id } = loadTrip();
        const body = { ...{ position: [lat] }, id };
        const bytes = Buffer.from(JSON.stringify(body));
        await axios.post("https://telemetry.example-motors.de/v1", bytes);
      }`),
    ).toEqual(["unassessed-export@src/main.ts:6 pi.sensitive.location-trajectory"]);
  });

  it("follows parameters and return values across files", () => {
    expect(
      run(
        `import { send } from "./send"; import { loadTrip } from "./trip";
      function toPayload(t: { vin: string }) { return { vehicle: t.vin }; }
      export function upload() { send(toPayload(loadTrip())); }`,
        {
          "src/send.ts": `import axios from "axios";
        export function send(data: unknown) { return axios.post("https://telemetry.example-motors.de/v1", data); }`,
        },
      ),
    ).toEqual(["unassessed-export@src/send.ts:2 pi.general.vehicle-identifier"]);
  });

  it("reports a helper's caller when the caller supplies the destination", () => {
    const result = run(
      `import { postJson } from "./post"; import { loadTrip } from "./trip";
      export function a() { return postJson("https://telemetry.example-motors.de/a", loadTrip().lat); }
      export function b() { return postJson("https://telemetry.example-motors.com.cn/b", loadTrip().lat); }`,
      {
        "src/post.ts": `import axios from "axios";
        export function postJson(url: string, body: unknown) { return axios.post(url, JSON.stringify(body)); }`,
      },
    );
    expect(result).toEqual(["unassessed-export@src/main.ts:2 pi.sensitive.location-trajectory"]);
  });

  it("follows callbacks of map and promises", () => {
    expect(
      run(`import axios from "axios"; import { loadTrip } from "./trip";
      export async function upload(trips = [loadTrip()]) {
        const points = trips.map((t) => ({ p: t.lat }));
        await Promise.resolve(points).then((p) => axios.post("https://telemetry.example-motors.de/v1", p));
      }`),
    ).toEqual(["unassessed-export@src/main.ts:4 pi.sensitive.location-trajectory"]);
  });

  it("follows class fields written in one method and sent in another", () => {
    expect(
      run(`import axios from "axios"; import { loadTrip } from "./trip";
      export class Buffered {
        private pending: unknown[] = [];
        record(v: unknown) { this.pending.push(v); }
        flush() { return axios.post("https://telemetry.example-motors.de/v1", this.pending); }
      }
      export function main(b: Buffered) { b.record(loadTrip().vin); }`),
    ).toEqual(["unassessed-export@src/main.ts:5 pi.general.vehicle-identifier"]);
  });
});
