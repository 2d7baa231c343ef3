import { describe, expect, it } from "vitest";
import type ts from "typescript";
import { createReuseScope, type FlowAnalysisResult, type ReuseScope } from "@vdx/core";
import { CallIndex } from "../../packages/core/src/flow/taint/call-index.js";
import { fileCallNames } from "../../packages/core/src/flow/taint/file-call-names.js";
import { ROOT } from "./sinks/in-memory-program.js";
import { morph } from "./sinks/matcher-fixture.js";
import { analyzeState, programStates } from "./helpers/program-states.js";
import { builtinPack } from "./helpers/flow-project.js";

const projectFiles = (program: ts.Program) => program.getSourceFiles().filter((f) => !f.isDeclarationFile && !f.fileName.includes("/node_modules/"));
// Writes through mutating methods (`queue.push(…)`) are the pack's propagation.yaml `mutators`.
const indexOf = (program: ts.Program) => new CallIndex(morph, projectFiles(program), builtinPack().propagation.mutators);

/** Every indexed node of `names` as `name: file:line:column text`, in the index's order. */
function describeIndex(index: CallIndex, names: readonly string[]): string[] {
  const where = (node: ts.Node) => {
    const file = node.getSourceFile();
    const { line, character } = file.getLineAndCharacterOfPosition(node.getStart());
    return `${file.fileName.replace(`${ROOT}/`, "")}:${line + 1}:${character + 1} ${node.getText()}`;
  };
  return names.flatMap((name) => [
    ...index.callsNamed(name).map((call) => `call ${name}: ${where(call)}`),
    ...index.writesNamed(name).map((write) => `write ${name}: ${where(write)}`),
  ]);
}

const NAMES = ["postJson", "post", "default", "push", "log", "lastTrip", "queue", "upload", "mirror", "Sender"];

const project = {
  "src/http.ts": `import axios from "axios";
export function postJson(url: string, body: unknown) { return axios.post(url, body); }
export default function send(body: unknown) { return postJson("https://telemetry.example-motors.de/v1", body); }`,
  "src/upload.ts": `import { postJson } from "./http";
export const queue: unknown[] = [];
export let lastTrip: unknown;
export function upload(trip: unknown) { lastTrip = trip; queue.push(trip); return postJson("https://telemetry.example-motors.de/v1/trips", trip); }`,
  "src/other.ts": `export const n = 1;`,
};

describe("call index: per-file parts kept across program states", () => {
  it("equals a fresh index after each edit, and walks only the edited file again", () => {
    const e = programStates(project);
    const before = indexOf(e.program);
    expect(describeIndex(before, NAMES)).toEqual(describeIndex(indexOf(e.fresh()), NAMES));
    const http = e.file("src/http.ts");
    const httpPart = fileCallNames(morph, http);
    const otherPart = fileCallNames(morph, e.file("src/other.ts"));

    // A new caller of `postJson` (in the unchanged http.ts) through an alias, a default import, and writes.
    e.edit({
      "src/other.ts": `import { postJson as post } from "./http";
import send from "./http";
import { queue } from "./upload";
export class Sender { log() { post("https://mirror.example-motors.com.cn/v1", 1); send(2); queue.push(3); } }
new Sender().log();`,
    });
    expect(e.file("src/http.ts")).toBe(http); // the precondition: unchanged files keep their SourceFile
    const after = indexOf(e.program);
    const expected = describeIndex(indexOf(e.fresh()), NAMES);
    expect(describeIndex(after, NAMES)).toEqual(expected);
    expect(expected).toContain(`call postJson: src/other.ts:4:31 post("https://mirror.example-motors.com.cn/v1", 1)`);
    expect(expected).toContain("call default: src/other.ts:4:83 send(2)");
    expect(expected).toContain("write queue: src/other.ts:4:92 queue.push(3)");
    expect(after.callsNamed("postJson")).toHaveLength(before.callsNamed("postJson").length + 1);

    expect(fileCallNames(morph, http)).toBe(httpPart); // kept
    expect(fileCallNames(morph, e.file("src/other.ts"))).not.toBe(otherPart); // walked again
    // Nodes of unchanged files are the very objects of the previous state, which the checker of the new state resolves.
    expect(after.callsNamed("postJson")[0]).toBe(before.callsNamed("postJson")[0]);

    // Removing the caller again drops it.
    e.edit({ "src/other.ts": `export const n = 2;` });
    expect(describeIndex(indexOf(e.program), NAMES)).toEqual(describeIndex(indexOf(e.fresh()), NAMES));
    expect(indexOf(e.program).callsNamed("postJson")).toHaveLength(before.callsNamed("postJson").length);
  });

  it("indexes only the files it is given, in their order", () => {
    const e = programStates(project);
    const [http, upload] = [e.file("src/http.ts"), e.file("src/upload.ts")];
    const where = (index: CallIndex) => index.callsNamed("postJson").map((c) => c.getSourceFile().fileName.replace(`${ROOT}/`, ""));
    expect(where(new CallIndex(morph, [upload, http]))).toEqual(["src/upload.ts", "src/http.ts"]);
    expect(where(new CallIndex(morph, [http]))).toEqual(["src/http.ts"]);
    expect(new CallIndex(morph, []).callsNamed("postJson")).toEqual([]);
  });
});

const MODEL = `export interface Trip {
  id: string;
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
}
export declare function loadTrip(): Trip;`;

const flowsOf = (result: FlowAnalysisResult) =>
  result.findings.map((f) => `${f.ruleId}@${f.location.file.replace(`${ROOT}/`, "")}:${f.location.line} ${f.message}`).sort();

describe("taint engine across program states", () => {
  it("follows a caller added in an edited file to a helper in an unchanged file", () => {
    const http = `import axios from "axios";\nimport { loadTrip } from "./model";\nexport function sendTrip(url: string) { return axios.post(url, loadTrip()); }`;
    const e = programStates({ "src/model.ts": MODEL, "src/http.ts": http, "src/feature.ts": `export const n = 1;` });
    const first = flowsOf(analyzeState(e.program));
    expect(first).toEqual(flowsOf(analyzeState(e.fresh())));
    // Nobody calls the helper: its destination stays a parameter.
    expect(first.join("\n")).toMatch(/no caller in the scanned code supplies it/);

    const http0 = e.file("src/http.ts");
    e.edit({ "src/feature.ts": `import { sendTrip as send } from "./http";\nexport function eu() { return send("https://telemetry.example-motors.de/v1"); }` });
    expect(e.file("src/http.ts")).toBe(http0);
    const second = flowsOf(analyzeState(e.program));
    expect(second).toEqual(flowsOf(analyzeState(e.fresh())));
    expect(second.join("\n")).toMatch(/reaches https:\/\/telemetry\.example-motors\.de\/v1 \(DE\)/);
    expect(second.join("\n")).not.toMatch(/no caller in the scanned code supplies it/);

    e.edit({ "src/feature.ts": `export const n = 2;` });
    expect(flowsOf(analyzeState(e.program))).toEqual(first);
  });
});

describe("entry points across program states", () => {
  it("keeps the call that showed a helper is called only while it still does", () => {
    // An entry point's parameters are judged by their type: `trip.vin` is classified only when nobody calls `sendTo`.
    const http = `import axios from "axios";\nimport type { Trip } from "./model";\nexport function sendTo(url: string, trip: Trip) { return axios.post(url, trip.vin); }`;
    const caller = (name: string, host: string) =>
      `import { sendTo } from "./http";\nexport function ${name}() { return sendTo("https://${host}/v1", { id: "", lat: 0, vin: "" }); }`;
    const e = programStates({
      "src/model.ts": MODEL,
      "src/http.ts": http,
      "src/a.ts": caller("a", "a.example-motors.de"),
      "src/b.ts": caller("b", "b.example-motors.de"),
    });
    const same = () => expect(flowsOf(analyzeState(e.program))).toEqual(flowsOf(analyzeState(e.fresh())));
    same();
    e.edit({ "src/b.ts": caller("b", "b2.example-motors.de") }); // the witness (a.ts) is unchanged
    same();
    e.edit({ "src/a.ts": "export const a = 1;" }); // the witness is gone: b.ts still calls
    same();
    expect(flowsOf(analyzeState(e.program)).join("\n")).not.toMatch(/no caller in the scanned code supplies it/);
    e.edit({ "src/b.ts": "export const b = 1;" }); // nobody calls: the helper is an entry point again
    same();
    expect(flowsOf(analyzeState(e.program)).join("\n")).toMatch(/no caller in the scanned code supplies it/);
  });
});

describe("createReuseScope (exported for the ESLint plugin)", () => {
  it("keeps a checker-dependent result while the file and its imports are unchanged", () => {
    const e = programStates({
      "src/a.ts": `import { b } from "./b";\nexport const a = b;`,
      "src/b.ts": `export const b = 1;`,
      "src/c.ts": `export const c = 1;`,
    });
    const owner = {};
    const scope = (): ReuseScope<string> => createReuseScope<string>(morph, e.program, e.program.getTypeChecker(), owner, "test");
    scope().set(e.file("src/a.ts"), "a@1");
    e.edit({ "src/c.ts": `export const c = 2;` });
    expect(scope().get(e.file("src/a.ts"))).toBe("a@1");
    expect(createReuseScope<string>(morph, e.program, e.program.getTypeChecker(), owner, "other key").get(e.file("src/a.ts"))).toBeUndefined();
    e.edit({ "src/b.ts": `export const b = "one";` });
    expect(scope().get(e.file("src/a.ts"))).toBeUndefined();
  });
});
