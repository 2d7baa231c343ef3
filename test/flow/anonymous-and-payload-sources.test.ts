import { describe, expect, it } from "vitest";
import { analyzeProject, summarise } from "./helpers/flow-project.js";

const EU = "https://telemetry.example-motors.de/v1";
const LOCATION = "pi.sensitive.location-trajectory";
const VIN = "pi.general.vehicle-identifier";

/** One file sending with axios; `body` is the module's code after the import. */
function send(body: string) {
  return analyzeProject({ "src/main.ts": `import axios from "axios";\n${body}` });
}

describe("properties of anonymous object types", () => {
  it("classifies a parameter's type literal by strong signals, with its members as siblings", () => {
    const result = send(`export async function up(pos: { latitude: number; longitude: number }) { await axios.post("${EU}/z", JSON.stringify(pos)); }`);
    expect(summarise(result)).toEqual([`unassessed-export@src/main.ts:2 ${LOCATION}`]);
    expect(result.findings[0]!.message).toContain("up.pos.latitude");
    expect(result.findings[0]!.flow?.[0]?.message).toMatch(/^field up.pos.(latitude|longitude) classified .*\(signal:term:/);
  });

  it("is field-sensitive on an anonymous type: its unclassified members carry nothing", () => {
    expect(summarise(send(`export async function up(pos: { id: string; lat: number; lng: number }) { await axios.post("${EU}/z", { id: pos.id }); }`))).toEqual(
      [],
    );
    expect(
      summarise(send(`export async function up(pos: { id: string; lat: number; lng: number }) { await axios.post("${EU}/z", { at: pos.lat }); }`)),
    ).toEqual([`unassessed-export@src/main.ts:2 ${LOCATION}`]);
  });

  it("classifies type literals in variable annotations, return types and inline generic arguments", () => {
    const result = send(`
      declare function load<T>(): T;
      declare function raw(): unknown;
      export function fromVariable() { const car = raw() as { vin: string }; return axios.post("${EU}/a", car); }
      function current(): Promise<{ lat: number; lng: number }[]> { return Promise.resolve([]); }
      export async function fromReturn() { return axios.post("${EU}/b", await current()); }
      export function fromGeneric() { return axios.post("${EU}/c", load<{ vehicleVin: string }>()); }`);
    expect(summarise(result)).toEqual([
      `unassessed-export@src/main.ts:5 ${VIN}`,
      `unassessed-export@src/main.ts:7 ${LOCATION}`,
      `unassessed-export@src/main.ts:8 ${VIN}`,
    ]);
    expect(result.findings.map((f) => f.message).join("\n")).toMatch(/current\(\)\.lat[\s\S]*load<>\.vehicleVin/);
  });

  it("honours a @vdx annotation and a reviewed none on an anonymous member", () => {
    expect(
      summarise(
        send(`export function a(p: {
        /** @vdx pi.general.vehicle-identifier */
        code: string;
      }) { return axios.post("${EU}/a", p); }`),
      ),
    ).toEqual([`unassessed-export@src/main.ts:5 ${VIN}`]);
    expect(
      summarise(
        send(`export function a(p: {
        /** @vdx none */
        lat: number;
        lng: number;
      }) { return axios.post("${EU}/a", p.lat); }`),
      ),
    ).toEqual([]);
  });

  it("stays quiet for weak signals alone and for non-signal members", () => {
    expect(summarise(send(`export function a(p: { lat: number }) { return axios.post("${EU}/a", p); }`))).toEqual([]);
    expect(summarise(send(`export function a(p: { track: string; title: string; id: number }) { return axios.post("${EU}/a", p); }`))).toEqual([]);
  });
});

describe("payload object literals: signal keys", () => {
  it("classifies shorthand keys that are strong signals beside their sibling keys", () => {
    const result = send(`export async function up(lat: number, lng: number) { await axios.post("${EU}/y", JSON.stringify({ lat, lng })); }`);
    expect(summarise(result)).toEqual([`unassessed-export@src/main.ts:2 ${LOCATION}`]);
    expect(result.findings[0]!.message).toContain("up.{}.lat");
    expect(result.findings[0]!.flow?.[0]?.message).toBe(`payload key "lat" classified ${LOCATION} (signal:term:lat+ctx:lng)`);
  });

  it("classifies a signal key whose value is read from a signal name", () => {
    expect(summarise(send(`export async function up(vin: string) { await axios.post("${EU}/v", { vehicleVin: vin }); }`))).toEqual([
      `unassessed-export@src/main.ts:2 ${VIN}`,
    ]);
    expect(
      summarise(
        send(`declare const gps: { read(): { latitude: unknown; longitude: unknown } };
      export function up() { const fix = gps.read(); return axios.post("${EU}/v", { lat: Number(fix.latitude), lng: Number(fix.longitude) }); }`),
      ),
    ).toEqual([`unassessed-export@src/main.ts:3 ${LOCATION}`]);
  });

  it("fires for untyped computed values (arithmetic) under a strong key", () => {
    expect(summarise(send(`export function up(a: number, b: number) { return axios.post("${EU}/v", { lat: a / 1e6, lng: b / 1e6 }); }`))).toEqual([
      `unassessed-export@src/main.ts:2 ${LOCATION}`,
    ]);
  });

  it("does not fire for literal constants, known constants or enum members", () => {
    expect(summarise(send(`export function a() { return axios.post("${EU}/a", { lat: 0, lng: 0 }); }`))).toEqual([]);
    expect(summarise(send(`export function a() { return axios.post("${EU}/a", { lat: -1.5, lng: null, vin: "TEST" }); }`))).toEqual([]);
    expect(
      summarise(
        send(`const HOME_LAT = 31.2; const HOME_LNG = 121.4; enum Route { Upload = "/v1/upload" }
      export function a() { return axios.post("${EU}/a", { lat: HOME_LAT, lng: HOME_LNG, route: Route.Upload, waypoints: [] }); }`),
      ),
    ).toEqual([]);
  });

  it("does not fire for API routes, music tracks or other non-signal keys", () => {
    expect(
      summarise(
        send(`const ROUTES = { trips: "/v1/trips" } as const;
      export function a(path: string) { return axios.post("${EU}/a", { route: ROUTES.trips, method: "POST", path }); }`),
      ),
    ).toEqual([]);
    expect(summarise(send(`export function a(route: string, handler: string) { return axios.post("${EU}/a", { route, handler }); }`))).toEqual([]);
    // `track` beside `route` is a strong location key, but the value is a declared, non-signal property.
    expect(
      summarise(
        send(`interface Song { title: string; id: string }
      export function a(song: Song) { return axios.post("${EU}/a", { track: song.title, route: "/v1/play" }); }`),
      ),
    ).toEqual([]);
  });

  it("fires for a strong key moving a declared property that is a signal, though weak on its own", () => {
    expect(
      summarise(
        send(`interface Stop { lat: number; label: string }
      export function a(stop: Stop, lng: number) { return axios.post("${EU}/a", { lat: stop.lat, lng }); }`),
      ),
    ).toEqual([`unassessed-export@src/main.ts:3 ${LOCATION}`]);
  });

  it("does not fire for a weak key alone, nor for a strong key moving a non-signal value", () => {
    expect(summarise(send(`export function a(lat: number) { return axios.post("${EU}/a", { lat }); }`))).toEqual([]);
    expect(
      summarise(
        send(`interface Point { x: number; y: number }
      export function a(p: Point) { return axios.post("${EU}/a", { lat: p.y, lng: p.x }); }`),
      ),
    ).toEqual([]);
  });

  it("keeps a classified value's own origin and a sanitizer's verdict rather than guessing from the key", () => {
    const files = {
      "src/model.ts": `export interface Trip {
        /** @vdx pi.general.vehicle-identifier */
        code: string;
        lat: number;
        lng: number;
      }
      export declare function loadTrip(): Trip;`,
      "src/main.ts": `import axios from "axios"; import { loadTrip } from "./model";
        declare function coarsen(v: number): number;
        export function a() { const t = loadTrip(); return axios.post("${EU}/a", { vin: t.code }); }
        export function b() { const t = loadTrip(); return axios.post("${EU}/b", { lat: coarsen(t.lat), lng: coarsen(t.lng) }); }
        export function c(lat: number, lng: number) { return axios.post("${EU}/c", { lat: coarsen(lat), lng: coarsen(lng) }); }`,
    };
    const result = analyzeProject(files, { config: { sanitizers: [{ function: "coarsen", removes: [LOCATION], adds: [] }] } });
    expect(summarise(result)).toEqual([`unassessed-export@src/main.ts:3 ${VIN}`]);
    expect(result.findings[0]!.message).toContain("Trip.code");
    expect(result.findings[0]!.message).not.toContain("{}");
  });

  it("defers to the project type that declares the key: a reviewed none stays quiet", () => {
    expect(
      summarise(
        send(`interface Upload {
        /** @vdx none */
        lat: number;
        /** @vdx none */
        lng: number;
      }
      export function a(lat: number, lng: number) { const body: Upload = { lat, lng }; return axios.post("${EU}/a", body); }`),
      ),
    ).toEqual([]);
    expect(
      summarise(
        send(`interface Fix { lat: number; lng: number }
      export function a(x: number, y: number) { const body: Fix = { lat: x, lng: y }; return axios.post("${EU}/a", body); }`),
      ),
    ).toEqual([`unassessed-export@src/main.ts:3 ${LOCATION}`]);
  });

  it("only reports payloads that reach a sink", () => {
    expect(
      summarise(
        send(`export function a(lat: number, lng: number) { const local = { lat, lng }; console.log(local); return axios.post("${EU}/a", { ok: true }); }`),
      ),
    ).toEqual([]);
  });
});
