import { it } from "vitest";
import { Project, ts } from "ts-morph";
import { LIBRARY_TYPES, defaultConfig, testPack } from "./helpers/flow-project.js";
import { analyzeFlows, classifyTypeScriptDeclarations, createFieldIndex, evaluateStaticString, locationOf, type SinkModel } from "@vdx/core";
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
const cases: Record<string, Record<string, string>> = {
  whole: { "src/main.ts": `import axios from "axios"; import { loadTrip } from "./trip";
      export async function upload() { const trip = loadTrip(); await axios.post("https://telemetry.example-motors.de/v1", trip); }` },
  destr: { "src/main.ts": `import axios from "axios"; import { loadTrip } from "./trip";
      export async function upload() {
        const { lat, id } = loadTrip();
        const body = { ...{ position: [lat] }, id };
        const bytes = Buffer.from(JSON.stringify(body));
        await axios.post("https://telemetry.example-motors.de/v1", bytes);
      }` },
  helper: { "src/main.ts": `import { postJson } from "./post"; import { loadTrip } from "./trip";
      export function a() { return postJson("https://telemetry.example-motors.de/a", loadTrip().lat); }
      export function b() { return postJson("https://telemetry.example-motors.com.cn/b", loadTrip().lat); }`,
      "src/post.ts": `import axios from "axios";
        export function postJson(url: string, body: unknown) { return axios.post(url, JSON.stringify(body)); }` },
  cls: { "src/main.ts": `import axios from "axios"; import { loadTrip } from "./trip";
      export class Buffered {
        private pending: unknown[] = [];
        record(v: unknown) { this.pending.push(v); }
        flush() { return axios.post("https://telemetry.example-motors.de/v1", this.pending); }
      }
      export function main(b: Buffered) { b.record(loadTrip().vin); }` },
  cb: { "src/main.ts": `import axios from "axios"; import { loadTrip } from "./trip";
      export async function upload(trips = [loadTrip()]) {
        const points = trips.map((t) => ({ p: t.lat }));
        await Promise.resolve(points).then((p) => axios.post("https://telemetry.example-motors.de/v1", p));
      }` },
};
it("debug", () => {
  for (const [name, files] of Object.entries(cases)) {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, esModuleInterop: true } });
  for (const [p, t] of Object.entries({ ...LIBRARY_TYPES, "src/trip.ts": TRIP, ...files })) project.createSourceFile(`/proj/${p}`, t);
  const program = project.getProgram().compilerObject;
  const checker = program.getTypeChecker();
  const pack = testPack();
  const sourceFiles = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && !sf.fileName.includes("/node_modules/"));
  const classified = classifyTypeScriptDeclarations(ts, program, sourceFiles, pack, []);
  const sinkCallsIn = (file: ts.SourceFile) => {
    const out: any[] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.getText() === "axios.post") {
        out.push({ node: n, model: { id: "axios.post" } as SinkModel, destination: evaluateStaticString(ts, checker, n.arguments[0]!), payloads: [n.arguments[1]], location: locationOf(n), steps: [] });
      }
      ts.forEachChild(n, visit);
    };
    visit(file);
    return out;
  };
  const r = analyzeFlows({ ts, program, files: sourceFiles.map((s) => s.fileName), pack, config: defaultConfig(), registry: { version: 1, records: [] }, asOf: "2026-06-01", fields: createFieldIndex(classified.fields), sinkCallsIn });
  console.log(name, JSON.stringify(r.stats), r.findings.map((f) => `${f.ruleId}@${f.location.line} ${f.message}`), r.flows.length);
  }
});
