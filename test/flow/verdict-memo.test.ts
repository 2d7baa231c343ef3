import { describe, expect, it } from "vitest";
import type ts from "typescript";
import {
  analyzeFlows,
  classifyTypeScriptDeclarations,
  createFieldIndex,
  type AssessmentRegistry,
  type FlowAnalysisResult,
  type RulePack,
  type VdxConfig,
} from "@vdx/core";
import { evaluateFlow } from "@vdx/core/internals";
import { memoisedEvaluateFlow } from "../../packages/core/src/flow/findings/verdict-memo.js";
import { memoisedPlaceDestination } from "../../packages/core/src/flow/findings/placement-memo.js";
import { placeDestination } from "../../packages/core/src/flow/border/place-destination.js";
import type { StaticValue } from "../../packages/core/src/flow/values/static-value.js";
import { displayPath, fingerprintPath } from "../../packages/core/src/flow/findings/relative-paths.js";
import { createInMemoryProgram } from "./sinks/in-memory-program.js";
import { morph } from "./sinks/matcher-fixture.js";
import { defaultConfig, LIBRARY_TYPES, record, ROOT, testPack } from "./helpers/flow-project.js";
import { normaliseJurisdiction } from "@vdx/core";

const MODEL = `export interface Trip {
  id: string;
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
}
export declare function loadTrip(): Trip;`;

const SEND = (host: string, body: string) => `import { loadTrip } from "./model";
export async function send() { const trip = loadTrip(); await fetch("https://${host}/v1", { method: "POST", body: JSON.stringify(${body}) }); }
export async function again() { const trip = loadTrip(); await fetch("https://${host}/v2", { method: "POST", body: JSON.stringify(${body}) }); }`;

const projectFiles = (program: ts.Program) => program.getSourceFiles().filter((f) => !f.isDeclarationFile && !f.fileName.includes("/node_modules/"));

function analyze(program: ts.Program, pack: RulePack, config: VdxConfig, registry: AssessmentRegistry): FlowAnalysisResult {
  const files = projectFiles(program);
  const classified = classifyTypeScriptDeclarations(morph, program, files, pack, []);
  return analyzeFlows({
    ts: morph,
    program,
    files: files.map((f) => f.fileName),
    pack,
    config,
    registry,
    asOf: "2026-06-01",
    fields: createFieldIndex(classified.fields),
  });
}

/** Structurally equal copies: a memo keyed by object identity cannot answer for them, so they get a fresh verdict. */
const copyOf = <T>(value: T): T => structuredClone(value);

describe("verdicts and paths remembered across re-lints", () => {
  it("gives the same findings as an analysis with fresh registry and config objects, before and after edits", () => {
    const pack = testPack();
    const config = defaultConfig({ root: ROOT });
    const registry: AssessmentRegistry = {
      version: 1,
      records: [record({ id: "SA-2026-0031", destinations: ["telemetry.example-motors.de"], categories: ["pi.general.vehicle-identifier"] })],
    };
    let files: Record<string, string> = { ...LIBRARY_TYPES, "src/model.ts": MODEL, "src/send.ts": SEND("telemetry.example-motors.de", "{ vin: trip.vin }") };
    let program = createInMemoryProgram(morph, files);
    const states: string[][] = [];
    const changes: Record<string, string>[] = [
      {},
      { "src/send.ts": SEND("telemetry.example-motors.de", "{ vin: trip.vin, lat: trip.lat }") }, // the record no longer covers it
      { "src/send.ts": SEND("ingest.example-motors.jp", "{ vin: trip.vin }") }, // another destination, no record
      { "src/send.ts": SEND("telemetry.example-motors.de", "{ vin: trip.vin }") }, // back to a covered flow
    ];
    for (const change of changes) {
      files = { ...files, ...change };
      program = createInMemoryProgram(morph, files, { oldProgram: program });
      const kept = analyze(program, pack, config, registry);
      const fresh = analyze(createInMemoryProgram(morph, files), pack, copyOf(config), copyOf(registry));
      expect(kept).toEqual(fresh);
      // Twice in the same state (every verdict now remembered): still the same.
      expect(analyze(program, pack, config, registry)).toEqual(fresh);
      states.push(kept.flows.map((f) => `${f.destination}:${f.status}`));
    }
    expect(states[0]).toEqual(["https://telemetry.example-motors.de/v1:covered", "https://telemetry.example-motors.de/v2:covered"]);
    expect(states[1]!.every((s) => !s.endsWith(":covered"))).toBe(true);
    expect(states[2]!.every((s) => s.endsWith(":gap"))).toBe(true);
    expect(states[3]).toEqual(states[0]);
  });

  it("never hands out a verdict of another registry, pack or scan date", () => {
    const pack = testPack();
    const config = defaultConfig({ root: ROOT });
    const covering = record({
      id: "SA-2026-0031",
      destinations: ["telemetry.example-motors.de"],
      categories: ["pi.general.vehicle-identifier"],
      validFrom: "2026-01-01",
      validUntil: "2026-12-31",
    });
    const facts = {
      categories: ["pi.general.vehicle-identifier"],
      destination: "https://telemetry.example-motors.de/v1",
      jurisdiction: normaliseJurisdiction("DE"),
      behaviour: "push" as const,
      location: { file: "/proj/src/a.ts", line: 3, column: 1 },
      vehicleSide: false,
    };
    const empty: AssessmentRegistry = { version: 1, records: [] };
    const withRecord: AssessmentRegistry = { version: 1, records: [covering] };
    const context = (registry: AssessmentRegistry, asOf: string) => ({ registry, organization: config.organization, pack, asOf });
    for (const [registry, asOf] of [
      [empty, "2026-06-01"],
      [withRecord, "2026-06-01"],
      [withRecord, "2027-06-01"],
      [empty, "2026-06-01"],
    ] as const) {
      const remembered = memoisedEvaluateFlow(facts, context(registry, asOf));
      expect(remembered).toEqual(evaluateFlow(facts, context(copyOf(registry), asOf)));
    }
    expect(memoisedEvaluateFlow(facts, context(withRecord, "2026-06-01")).status).toBe("covered");
    expect(memoisedEvaluateFlow(facts, context(withRecord, "2027-06-01")).status).not.toBe("covered");
    expect(memoisedEvaluateFlow(facts, context(empty, "2026-06-01")).status).toBe("gap");
    // Another place in the code with the same facts: the same verdict (the verdict does not read the location).
    const elsewhere = { ...facts, location: { file: "/proj/src/b.ts", line: 9, column: 4 } };
    expect(memoisedEvaluateFlow(elsewhere, context(empty, "2026-06-01"))).toEqual(evaluateFlow(elsewhere, context(copyOf(empty), "2026-06-01")));
    // Other categories on the same destination: judged again, not taken from the memo.
    const located = { ...facts, categories: ["pi.general.vehicle-identifier", "pi.sensitive.location-trajectory"] };
    expect(memoisedEvaluateFlow(located, context(withRecord, "2026-06-01"))).toEqual(evaluateFlow(located, context(copyOf(withRecord), "2026-06-01")));
    expect(memoisedEvaluateFlow(located, context(withRecord, "2026-06-01")).status).not.toBe("covered");
  });

  it("names files relative to the root exactly as path.relative and relativeToRoot do", () => {
    expect(fingerprintPath("/proj", "/proj/src/a.ts")).toBe("src/a.ts");
    expect(fingerprintPath("/proj", "/proj")).toBe(".");
    expect(fingerprintPath("/other", "/proj/src/a.ts")).toBe("../proj/src/a.ts");
    expect(displayPath("/proj", "/proj/src/a.ts")).toBe("src/a.ts");
    expect(displayPath("/proj", "/proj")).toBe("/proj");
    expect(displayPath("/proj/src", "/proj/src/a.ts")).toBe("a.ts");
  });

  it("places a known destination as placeDestination does, for every pack, hosts list and client hint", () => {
    const pack = testPack();
    const at = { file: "/proj/src/a.ts", line: 1, column: 1 };
    const known = (value: string, extra: Partial<Extract<StaticValue, { kind: "known" }>> = {}): StaticValue => ({
      kind: "known",
      value,
      origin: [at],
      ...extra,
    });
    const noHosts: VdxConfig["hosts"] = [];
    const ownHosts: VdxConfig["hosts"] = [{ match: "telemetry.example-motors.de", jurisdiction: normaliseJurisdiction("CN") }];
    const cases: [StaticValue, Parameters<typeof placeDestination>[1], VdxConfig["hosts"]][] = [
      [known("https://telemetry.example-motors.de/v1"), {}, noHosts],
      [known("https://telemetry.example-motors.de/v1"), {}, ownHosts], // config hosts decide: not the memo of the other list
      [known("https://telemetry.example-motors.de/v1", { overridable: { env: "TELEMETRY_URL" } }), {}, noHosts],
      [known("s3://trips"), { region: known("aws:eu-central-1"), cloud: "aws" }, noHosts],
      [known("s3://trips"), { region: known("aws:cn-north-1"), cloud: "aws" }, noHosts], // same destination, another region
      [known("s3://trips"), { endpoint: known("https://minio.example-motors.de"), region: known("aws:cn-north-1"), cloud: "aws" }, noHosts],
      [known("https://a.example-motors.de/x", { alternatives: ["https://a.example-motors.de/x", "https://b.example-motors.cn/x"] }), {}, noHosts],
      [{ kind: "unknown", reason: "environment variable URL has no default in code", location: at }, { environment: ["URL"] }, noHosts],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [value, hints, hosts] of cases) {
        expect(memoisedPlaceDestination(value, hints, { pack, hosts })).toEqual(placeDestination(value, hints, { pack, hosts: structuredClone(hosts) }));
      }
    }
    const jurisdictionOf = (hints: Parameters<typeof placeDestination>[1]) =>
      memoisedPlaceDestination(known("s3://trips"), hints, { pack, hosts: noHosts }).map((p) => (p.kind === "resolved" ? p.jurisdiction : "unresolved"));
    expect(jurisdictionOf({ region: known("aws:eu-central-1"), cloud: "aws" })).toEqual(["DE"]);
    expect(jurisdictionOf({ region: known("aws:cn-north-1"), cloud: "aws" })).toEqual(["CN"]);
  });
});
