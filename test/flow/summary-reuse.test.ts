import { afterEach, describe, expect, it, vi } from "vitest";
import type ts from "typescript";
import { analyzeFlows, classifyTypeScriptDeclarations, createFieldIndex, type FlowAnalysisResult, type RulePack } from "@vdx/core";
import { FunctionAnalysis } from "../../packages/core/src/flow/taint/function-analysis.js";
import { functionName } from "../../packages/core/src/flow/taint/units.js";
import { createInMemoryProgram, sourceFileOf } from "./sinks/in-memory-program.js";
import { morph } from "./sinks/matcher-fixture.js";
import { defaultConfig, LIBRARY_TYPES, ROOT, testPack } from "./helpers/flow-project.js";

/**
 * Program states of one project, each built from the previous one as an editor does. A program built
 * from scratch in between starts a new generation of global files (`createReuseScope`), after which
 * nothing kept applies: the fresh programs the results are compared with are analysed after each state.
 */
function editor(initial: Record<string, string>) {
  let files = { ...LIBRARY_TYPES, ...initial };
  let program = createInMemoryProgram(morph, files);
  return {
    get program() { return program; },
    /** The same texts in a program built from scratch: nothing kept can apply to it. */
    fresh: () => createInMemoryProgram(morph, files),
    edit(changes: Record<string, string>) {
      files = { ...files, ...changes };
      program = createInMemoryProgram(morph, files, { oldProgram: program });
    },
    file: (name: string) => sourceFileOf(program, name),
  };
}

const projectFiles = (program: ts.Program) => program.getSourceFiles().filter((f) => !f.isDeclarationFile && !f.fileName.includes("/node_modules/"));

/** The whole flow analysis, with a field index built per state as the ESLint plugin does. */
function analyze(program: ts.Program, pack: RulePack): FlowAnalysisResult {
  const files = projectFiles(program);
  const classified = classifyTypeScriptDeclarations(morph, program, files, pack, []);
  return analyzeFlows({
    ts: morph,
    program,
    files: files.map((f) => f.fileName),
    pack,
    config: defaultConfig({ root: ROOT }),
    registry: { version: 1, records: [] },
    asOf: "2026-06-01",
    fields: createFieldIndex(classified.fields),
  });
}

/** Names of the function units (not module units) analysed while `run` runs. */
function analysedDuring(run: () => void): string[] {
  const names: string[] = [];
  const original = FunctionAnalysis.prototype.run;
  const spy = vi.spyOn(FunctionAnalysis.prototype, "run").mockImplementation(function (this: FunctionAnalysis) {
    if (!morph.isSourceFile(this.unit)) names.push(functionName(morph, this.unit));
    return original.call(this);
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return names.sort();
}

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
    const e = editor(PROJECT);
    // A fresh program in between would start a new generation of global files (createReuseScope): fresh ones come last.
    const freshFirst = analyze(e.fresh(), pack);
    const first = analyze(e.program, pack);
    expect(first).toEqual(freshFirst);
    expect(first.findings.length).toBeGreaterThan(0);

    e.edit({ "src/feature.ts": `export const n = 2;\nexport function double(x: number) { return x * 2; }` });
    let second: FlowAnalysisResult | undefined;
    expect(analysedDuring(() => { second = analyze(e.program, pack); })).toEqual([]);
    expect(second).toEqual(analyze(e.fresh(), pack));
    expect(second).toEqual(first);
  });

  it("re-analyses an unchanged caller whose callee in another file changed", () => {
    const pack = testPack();
    const e = editor(PROJECT);
    const before = analyze(e.program, pack);
    const upload = e.file("src/upload.ts");
    // The helper now sends somewhere else and only part of its body.
    e.edit({ "src/http.ts": HTTP.replace("return axios.post(url, body); }", `return axios.post("https://backup.example-motors.jp/v1", (body as { vin: unknown }).vin); }`) });
    expect(e.file("src/upload.ts")).toBe(upload); // the caller's file is unchanged
    let after: FlowAnalysisResult | undefined;
    const analysed = analysedDuring(() => { after = analyze(e.program, pack); });
    expect(analysed).toContain("postJson");
    expect(analysed).toContain("upload");
    expect(after).toEqual(analyze(e.fresh(), pack));
    expect(after).not.toEqual(before);
    expect(JSON.stringify(after!.findings)).toMatch(/backup\.example-motors\.jp/);
  });

  it("follows a caller added in an edited file: an entry point of the unchanged helper file no longer is one", () => {
    const pack = testPack();
    const e = editor(PROJECT);
    const first = analyze(e.program, pack);
    // Nobody calls sendTrip: its `trip` parameter is judged by its type, its destination stays a parameter.
    expect(JSON.stringify(first.findings)).toMatch(/no caller in the scanned code supplies it/);

    const http = e.file("src/http.ts");
    e.edit({ "src/feature.ts": `import { sendTrip } from "./http";
export function eu() { return sendTrip("https://eu.example-motors.de/v1", { id: "x", lat: 0, vin: "" }); }` });
    expect(e.file("src/http.ts")).toBe(http);
    let second: FlowAnalysisResult | undefined;
    const analysed = analysedDuring(() => { second = analyze(e.program, pack); });
    expect(analysed).toContain("sendTrip"); // its entry-point answer changed
    expect(analysed).not.toContain("upload"); // nothing it asked changed
    expect(second).toEqual(analyze(e.fresh(), pack));
    expect(JSON.stringify(second!.findings)).not.toMatch(/no caller in the scanned code supplies it/);
    expect(JSON.stringify(second!.findings)).toMatch(/eu\.example-motors\.de/);

    // Removing the caller again: the state before, again equal to a fresh analysis.
    e.edit({ "src/feature.ts": `export const n = 3;` });
    const third = analyze(e.program, pack);
    expect(third).toEqual(analyze(e.fresh(), pack));
    expect(third).toEqual(first);
  });

  it("re-analyses everything when the classified fields change", () => {
    const pack = testPack();
    const e = editor(PROJECT);
    analyze(e.program, pack);
    e.edit({ "src/model.ts": MODEL.replace("  id: string;", "  /** @vdx pi.general.vehicle-identifier */\n  id: string;") });
    let after: FlowAnalysisResult | undefined;
    const analysed = analysedDuring(() => { after = analyze(e.program, pack); });
    expect(analysed).toContain("upload");
    expect(after).toEqual(analyze(e.fresh(), pack));
  });
});
