import { afterEach, describe, expect, it, vi } from "vitest";
import type { FlowAnalysisResult } from "@vdx/core";
import { analysedDuring } from "./helpers/analysed-units.js";
import { testPack } from "./helpers/flow-project.js";
import { analyzeState, programStates } from "./helpers/program-states.js";

afterEach(() => vi.restoreAllMocks());

const MODEL = `export interface Trip {
  id: string;
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
}
export declare function loadTrip(): Trip;`;

const HTTP = `import axios from "axios";
import type { Trip } from "./model";
export function postJson(url: string, body: unknown) { return axios.post(url, body); }
export function sendTrip(url: string, trip: Trip) { return axios.post(url, { lat: trip.lat }); }`;

const UPLOAD = `import { postJson } from "./http";
import { loadTrip } from "./model";
const ENDPOINT = "https://telemetry.example-motors.de/v1";
export function upload() { const trip = loadTrip(); return postJson(ENDPOINT, { vin: trip.vin, id: trip.id }); }`;

const PROJECT = { "src/model.ts": MODEL, "src/http.ts": HTTP, "src/upload.ts": UPLOAD, "src/feature.ts": `export const n = 1;` };

describe("taint summaries kept across program states", () => {
  it("re-analyses nothing after an edit that no analysed function depends on, with the same results", () => {
    const pack = testPack();
    const e = programStates(PROJECT);
    // A fresh program in between would start a new generation of global files (createReuseScope): fresh ones come last.
    const freshFirst = analyzeState(e.fresh(), pack);
    const first = analyzeState(e.program, pack);
    expect(first).toEqual(freshFirst);
    expect(first.findings.length).toBeGreaterThan(0);

    e.edit({ "src/feature.ts": `export const n = 2;\nexport function double(x: number) { return x * 2; }` });
    let second: FlowAnalysisResult | undefined;
    expect(
      analysedDuring(() => {
        second = analyzeState(e.program, pack);
      }),
    ).toEqual([]);
    expect(second).toEqual(analyzeState(e.fresh(), pack));
    expect(second).toEqual(first);
  });

  it("re-analyses an unchanged caller whose callee in another file changed", () => {
    const pack = testPack();
    const e = programStates(PROJECT);
    const before = analyzeState(e.program, pack);
    const upload = e.file("src/upload.ts");
    // The helper now sends somewhere else and only part of its body.
    e.edit({
      "src/http.ts": HTTP.replace(
        "return axios.post(url, body); }",
        `return axios.post("https://backup.example-motors.jp/v1", (body as { vin: unknown }).vin); }`,
      ),
    });
    expect(e.file("src/upload.ts")).toBe(upload); // the caller's file is unchanged
    let after: FlowAnalysisResult | undefined;
    const analysed = analysedDuring(() => {
      after = analyzeState(e.program, pack);
    });
    expect(analysed).toContain("postJson");
    expect(analysed).toContain("upload");
    expect(after).toEqual(analyzeState(e.fresh(), pack));
    expect(after).not.toEqual(before);
    expect(JSON.stringify(after!.findings)).toMatch(/backup\.example-motors\.jp/);
  });

  it("follows a caller added in an edited file: an entry point of the unchanged helper file no longer is one", () => {
    const pack = testPack();
    const e = programStates(PROJECT);
    const first = analyzeState(e.program, pack);
    // Nobody calls sendTrip: its `trip` parameter is judged by its type, its destination stays a parameter.
    expect(JSON.stringify(first.findings)).toMatch(/no caller in the scanned code supplies it/);

    const http = e.file("src/http.ts");
    e.edit({
      "src/feature.ts": `import { sendTrip } from "./http";
export function eu() { return sendTrip("https://eu.example-motors.de/v1", { id: "x", lat: 0, vin: "" }); }`,
    });
    expect(e.file("src/http.ts")).toBe(http);
    let second: FlowAnalysisResult | undefined;
    const analysed = analysedDuring(() => {
      second = analyzeState(e.program, pack);
    });
    expect(analysed).toContain("sendTrip"); // its entry-point answer changed
    expect(analysed).not.toContain("upload"); // nothing it asked changed
    expect(second).toEqual(analyzeState(e.fresh(), pack));
    expect(JSON.stringify(second!.findings)).not.toMatch(/no caller in the scanned code supplies it/);
    expect(JSON.stringify(second!.findings)).toMatch(/eu\.example-motors\.de/);

    // Removing the caller again: the state before, again equal to a fresh analysis.
    e.edit({ "src/feature.ts": `export const n = 3;` });
    const third = analyzeState(e.program, pack);
    expect(third).toEqual(analyzeState(e.fresh(), pack));
    expect(third).toEqual(first);
  });

  it("re-analyses everything when the classified fields change", () => {
    const pack = testPack();
    const e = programStates(PROJECT);
    analyzeState(e.program, pack);
    e.edit({ "src/model.ts": MODEL.replace("  id: string;", "  /** @vdx pi.general.vehicle-identifier */\n  id: string;") });
    let after: FlowAnalysisResult | undefined;
    const analysed = analysedDuring(() => {
      after = analyzeState(e.program, pack);
    });
    expect(analysed).toContain("upload");
    expect(after).toEqual(analyzeState(e.fresh(), pack));
  });
});
