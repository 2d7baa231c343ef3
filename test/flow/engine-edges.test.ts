import { describe, expect, it } from "vitest";
import { analyzeProject, summarise } from "./helpers/flow-project.js";

const MODEL = `
export interface Trip {
  id: string;
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
}
export declare function loadTrip(): Trip;
`;
const EU = "https://telemetry.example-motors.de/v1";

describe("taint engine edge cases", () => {
  it("terminates on mutual recursion and still follows the data", () => {
    expect(
      summarise(
        analyzeProject({
          "src/model.ts": MODEL,
          "src/main.ts": `import axios from "axios"; import { loadTrip } from "./model";
        function ping(v: unknown, n: number): unknown { return n > 0 ? pong(v, n - 1) : v; }
        function pong(v: unknown, n: number): unknown { return ping(v, n); }
        export function go() { return axios.post("${EU}", ping(loadTrip().lat, 3)); }`,
        }),
      ),
    ).toEqual(["unassessed-export@src/main.ts:4 pi.sensitive.location-trajectory"]);
  });

  it("reads a record a declared lookup returns by its type, not by the key it was found with", () => {
    expect(
      summarise(
        analyzeProject({
          "src/model.ts": MODEL,
          "src/main.ts": `import axios from "axios"; import { loadTrip, type Trip } from "./model";
        declare function tripByVin(vin: string): Trip;
        declare function encodeVin(vin: string): Uint8Array;
        export function a() { const t = tripByVin(loadTrip().vin); return axios.post("${EU}/id", { id: t.id }); }
        export function b() { const t = tripByVin(loadTrip().vin); return axios.post("${EU}/at", { at: t.lat }); }
        export function c() { return axios.post("${EU}/raw", encodeVin(loadTrip().vin)); }`,
        }),
      ),
    ).toEqual(["unassessed-export@src/main.ts:5 pi.sensitive.location-trajectory", "unassessed-export@src/main.ts:6 pi.general.vehicle-identifier"]);
  });

  it("reports a send whose host is fixed inside a helper where it is written, when callers only fill in the path", () => {
    expect(
      summarise(
        analyzeProject({
          "src/model.ts": MODEL,
          "src/partner.ts": `import axios from "axios";
        const PARTNER = "https://partner.example.jp/v4";
        export async function pushArrival(vin: string, minutes: number) { await axios.post(\`\${PARTNER}/arrivals/\${vin}\`, { minutes }); }
        export async function pushTo(url: string, body: unknown) { await axios.post(url, body); }`,
          "src/main.ts": `import { loadTrip } from "./model"; import { pushArrival, pushTo } from "./partner";
        export async function a() { await pushArrival(loadTrip().vin, 5); }
        export async function b() { await pushTo("https://partner.example.jp/v4/raw", loadTrip().lat); }`,
        }),
      ),
    ).toEqual(["unassessed-export@src/main.ts:3 pi.sensitive.location-trajectory", "unassessed-export@src/partner.ts:3 pi.general.vehicle-identifier"]);
  });

  it("applies sanitizers: removes categories, and adds the ones configured", () => {
    const result = analyzeProject(
      {
        "src/model.ts": MODEL,
        "src/main.ts": `import axios from "axios"; import { loadTrip } from "./model";
        declare function coarsen(v: number): number;
        declare function aggregate(v: unknown): unknown;
        export function a() { return axios.post("${EU}/a", { at: coarsen(loadTrip().lat) }); }
        export function b() { return axios.post("${EU}/b", aggregate(loadTrip().lat)); }`,
      },
      {
        config: {
          sanitizers: [
            { function: "coarsen", removes: ["pi.sensitive.location-trajectory"], adds: [] },
            { function: "aggregate", removes: ["pi.sensitive.location-trajectory"], adds: ["conn.vehicle-flow-logistics"] },
          ],
        },
      },
    );
    expect(summarise(result)).toEqual(["unassessed-export@src/main.ts:5 conn.vehicle-flow-logistics"]);
    expect(result.findings[0]!.message).toContain("aggregate()");
  });

  it("follows module variables written in one file and sent from another", () => {
    expect(
      summarise(
        analyzeProject({
          "src/model.ts": MODEL,
          "src/state.ts": `export let last: unknown; export const queue: unknown[] = [];
        export function keep(v: unknown) { last = v; queue.push({ v }); }`,
          "src/collect.ts": `import { keep } from "./state"; import { loadTrip } from "./model"; export function collect() { keep(loadTrip().vin); }`,
          "src/flush.ts": `import axios from "axios"; import { last, queue } from "./state";
        export function flush() { axios.post("${EU}/last", { last }); axios.post("${EU}/queue", queue); }`,
        }),
      ),
    ).toEqual(["unassessed-export@src/flush.ts:2 pi.general.vehicle-identifier", "unassessed-export@src/flush.ts:2 pi.general.vehicle-identifier"]);
  });

  it("reports a helper sink whose destination no caller supplies as unresolved, at the sink", () => {
    expect(
      summarise(
        analyzeProject({
          "src/model.ts": MODEL,
          "src/main.ts": `import axios from "axios"; import { loadTrip } from "./model";
        export function sendTo(url: string) { return axios.post(url, loadTrip()); }`,
        }),
      ),
    ).toEqual(["unresolved-destination@src/main.ts:2 pi.general.vehicle-identifier,pi.sensitive.location-trajectory"]);
  });

  it("reports each caller that supplies a foreign destination, through two levels of helpers", () => {
    const result = analyzeProject({
      "src/model.ts": MODEL,
      "src/http.ts": `import axios from "axios";
        export function postJson(url: string, body: unknown) { return axios.post(url, JSON.stringify(body)); }
        export function postTo(base: string, body: unknown) { return postJson(base + "/ingest", body); }`,
      "src/main.ts": `import { postTo } from "./http"; import { loadTrip } from "./model";
        export function eu() { return postTo("https://a.example-motors.de", loadTrip().vin); }
        export function eu2() { return postTo("https://b.example-motors.de", { id: loadTrip().id }); }
        export function cn() { return postTo("https://a.example-motors.com.cn", loadTrip().vin); }`,
    });
    expect(summarise(result)).toEqual(["unassessed-export@src/main.ts:2 pi.general.vehicle-identifier"]);
    expect(result.findings[0]!.export!.destination).toBe("https://a.example-motors.de/ingest");
    expect(result.flows.map((f) => f.destination).sort()).toEqual(["https://a.example-motors.com.cn/ingest", "https://a.example-motors.de/ingest"]);
  });

  it("follows vehicle-signal reads through subscription callbacks", () => {
    expect(
      summarise(
        analyzeProject({
          "src/main.ts": `import axios from "axios";
        declare const broker: { subscribe(paths: string[], cb: (u: Record<string, number>) => void): void };
        broker.subscribe(["Vehicle.CurrentLocation.Latitude"], (update) => {
          axios.post("${EU}/live", update);
        });
        broker.subscribe(["Vehicle.Cabin.HVAC.AmbientAirTemperature"], (update) => {
          axios.post("${EU}/cabin", update);
        });`,
        }),
      ),
    ).toEqual(["unassessed-export@src/main.ts:4 pi.sensitive.location-trajectory"]);
  });

  it("keeps field sensitivity through spread overrides and nested picks", () => {
    expect(
      summarise(
        analyzeProject({
          "src/model.ts": MODEL,
          "src/main.ts": `import axios from "axios"; import { loadTrip } from "./model";
        export function a() { const t = loadTrip(); const view = { meta: { id: t.id }, extra: 1 }; return axios.post("${EU}/a", view.meta); }
        export function b() { const t = loadTrip(); const view = { meta: { id: t.id }, pos: { lat: t.lat } }; return axios.post("${EU}/b", view.pos); }`,
        }),
      ),
    ).toEqual(["unassessed-export@src/main.ts:3 pi.sensitive.location-trajectory"]);
  });

  it("keeps a sanitized property sanitized when a spread of the caller's object is overwritten", () => {
    const result = analyzeProject(
      {
        "src/model.ts": MODEL,
        "src/main.ts": `import axios from "axios"; import { loadTrip, type Trip } from "./model";
        declare function coarsen(v: number): number;
        function anonymise(t: Trip): Trip { return { ...t, lat: coarsen(t.lat) }; }
        function upload(t: Trip) { return axios.post("${EU}", t); }
        export function run() { return upload(anonymise(loadTrip())); }`,
      },
      { config: { sanitizers: [{ function: "coarsen", removes: ["pi.sensitive.location-trajectory"], adds: [] }] } },
    );
    expect(summarise(result)).toEqual(["unassessed-export@src/main.ts:4 pi.general.vehicle-identifier"]);
  });

  it("judges parameters by type only where no project code calls the function", () => {
    expect(
      summarise(
        analyzeProject({
          "src/model.ts": MODEL,
          "src/main.ts": `import axios from "axios"; import type { Trip } from "./model";
        export function handler(t: Trip) { return axios.post("${EU}/h", t); }
        function inner(t: Trip) { return axios.post("${EU}/i", t); }
        export function caller() { return inner({ id: "x", lat: 0, vin: "" } as unknown as Trip); }
        export function parsed(body: string) { return axios.post("${EU}/p", JSON.parse(body) as Trip); }`,
        }),
      ),
    ).toEqual([
      "unassessed-export@src/main.ts:2 pi.general.vehicle-identifier,pi.sensitive.location-trajectory",
      "unassessed-export@src/main.ts:3 pi.general.vehicle-identifier,pi.sensitive.location-trajectory",
      "unassessed-export@src/main.ts:5 pi.general.vehicle-identifier,pi.sensitive.location-trajectory",
    ]);
  });

  it("sends nothing classified when only counts are sent", () => {
    expect(
      summarise(
        analyzeProject({
          "src/model.ts": MODEL,
          "src/main.ts": `import axios from "axios"; import { loadTrip } from "./model";
        export function counts(trips = [loadTrip()]) { return axios.post("${EU}", { n: trips.length, chars: trips[0]!.vin.length }); }`,
        }),
      ),
    ).toEqual([]);
  });
});
