import { describe, expect, it } from "vitest";
import { analyzeFlows, type FlowAnalysisResult } from "@vdx/core";
import { createSinkMatcher } from "@vdx/core/internals";
import { analysisInput, CLI_TS, inMemoryProject, ROOT } from "./helpers/analysis-input.js";
import { analyzeProject, defaultConfig, LIBRARY_TYPES, summarise, testPack } from "./helpers/flow-project.js";

/**
 * Issue 14 items 2 and 3: one unit, one file or one flow that cannot be analysed costs its own flows,
 * reported where analysis stopped, and nothing else. Before, any exception (a stack overflow in a chain
 * of 500 calls, a bug) failed the whole flow analysis and every export finding of the project vanished.
 */
const MODEL = `export interface Trip {
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
}
`;
const EU = "https://telemetry.example-motors.de/v1";
const GOOD = `import type { Trip } from "./model";
export async function send(trip: Trip) { await fetch("${EU}/good", { method: "POST", body: JSON.stringify(trip) }); }
`;
const GOOD_FINDING = "unassessed-export@src/good.ts:2 pi.sensitive.location-trajectory";

const problems = (result: FlowAnalysisResult) =>
  result.findings.filter((f) => f.ruleId === "invalid-input").map((f) => `${f.location.file.replace(`${ROOT}/`, "")}:${f.location.line} ${f.message}`);

describe("limits of the flow analysis", () => {
  it("follows a chain of 600 calls to its end (summaries bottom-up, the stack stays shallow)", () => {
    const n = 600;
    const chain = `import type { Trip } from "./model";
${Array.from({ length: n }, (_, i) => `export function f${i}(t: Trip): unknown { return ${i === n - 1 ? "t.lat" : `f${i + 1}(t)`}; }`).join("\n")}
export async function go(t: Trip) { await fetch("${EU}/chain", { method: "POST", body: JSON.stringify(f0(t)) }); }
`;
    const result = analyzeProject({ "src/model.ts": MODEL, "src/good.ts": GOOD, "src/chain.ts": chain });
    expect(summarise(result)).toEqual([`unassessed-export@src/chain.ts:${n + 2} pi.sensitive.location-trajectory`, GOOD_FINDING]);
  });

  it("stops a unit whose values gather sources faster than its code grows, and says where", () => {
    // Every link is written to, so each keeps its cell label: the last one carries them all.
    const n = 300;
    const chain = `import type { Trip } from "./model";
declare const trip: Trip;
const d0: any = { x: trip.lat };
${Array.from({ length: n }, (_, i) => `const d${i + 1}: any = { x: d${i} };`).join("\n")}
export function touch() { ${Array.from({ length: n + 1 }, (_, i) => `d${i}.y = 1;`).join(" ")} }
export async function go() { await fetch("${EU}/chain", { method: "POST", body: JSON.stringify(d${n}) }); }
`;
    const files = { "src/model.ts": MODEL, "src/good.ts": GOOD, "src/chain.ts": chain };
    const program = inMemoryProject({ ...LIBRARY_TYPES, ...files }, { allowJs: true });
    const result = analyzeFlows({ ...analysisInput(CLI_TS, program, testPack(), defaultConfig()), workBudget: 20_000 });
    expect(summarise(result).filter((s) => !s.startsWith("invalid-input"))).toEqual([GOOD_FINDING]);
    const [stopped, ...others] = problems(result);
    expect(others).toEqual([]);
    expect(stopped).toMatch(
      /^src\/chain\.ts:\d+ flow analysis of this file's top-level code stopped here: its values gather sources faster than vdx follows them \(more than 20,000 labels handled\)/,
    );
  });

  it("reports a unit whose analysis fails, and analyses every other unit", () => {
    const sanitizer = { function: "scrub", adds: [] } as unknown as { function: string; removes: string[]; adds: string[] };
    Object.defineProperty(sanitizer, "removes", {
      get: () => {
        throw new Error("injected failure");
      },
    });
    const result = analyzeProject(
      {
        "src/model.ts": MODEL,
        "src/good.ts": GOOD,
        "src/bad.ts": `import type { Trip } from "./model";
declare function scrub(v: unknown): unknown;
export async function bad(t: Trip) { await fetch("${EU}/bad", { body: JSON.stringify(scrub(t)) }); }
`,
      },
      { config: { sanitizers: [sanitizer] } },
    );
    expect(summarise(result).filter((s) => !s.startsWith("invalid-input"))).toEqual([GOOD_FINDING]);
    expect(problems(result)).toEqual([
      "src/bad.ts:3 flow analysis of bad failed: injected failure; flows through bad are not reported (the rest of the project was analysed)",
    ]);
  });

  it("reports a file whose sinks cannot be listed, and analyses every other file", () => {
    const files = { "src/model.ts": MODEL, "src/good.ts": GOOD, "src/other.ts": GOOD.replace("send", "other").replace("/good", "/other") };
    const program = inMemoryProject({ ...LIBRARY_TYPES, ...files }, { allowJs: true });
    const matcher = createSinkMatcher(CLI_TS, program, testPack());
    const result = analyzeFlows({
      ...analysisInput(CLI_TS, program, testPack(), defaultConfig()),
      sinkCallsIn: (file) => {
        if (file.fileName.endsWith("other.ts")) throw new RangeError("Maximum call stack size exceeded");
        return matcher.sinkCallsIn(file);
      },
    });
    expect(summarise(result).filter((s) => !s.startsWith("invalid-input"))).toEqual([GOOD_FINDING]);
    expect(problems(result)).toEqual([
      "src/other.ts:1 sink calls of this file could not be recognised: the code is nested or chained too deeply to follow; flows from them are not reported",
    ]);
  });
});
