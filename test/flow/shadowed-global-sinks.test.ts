import { describe, expect, it } from "vitest";
import { analyzeProject, summarise } from "./helpers/flow-project.js";

/**
 * Issue 14 item 4: a script (no import, no export) declaring `function fetch(…)` merges with the lib's
 * global, and the checker then resolves every `fetch` of the project to it. One such file must not switch the
 * sink off everywhere: calls are judged per call site, and the shadowing is reported.
 */
const MODEL = `
export interface Trip {
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
}
`;
const SENDER = `import type { Trip } from "./model";
export async function upload(trip: Trip) {
  await fetch("https://telemetry.example-motors.de/v1/trips", { method: "POST", body: JSON.stringify(trip) });
}
`;
const SENT = "unassessed-export@src/send.ts:3 pi.sensitive.location-trajectory";
const shadowWarnings = (result: ReturnType<typeof analyzeProject>) =>
  result.findings
    .filter((f) => f.ruleId === "invalid-input")
    .map((f) => `${f.level}@${f.location.file.split("/").pop()}:${f.location.line}:${f.location.column}`);

describe("a declaration named like a global sink", () => {
  it("does not switch off the sink in other files, and is reported", () => {
    const result = analyzeProject({
      "src/model.ts": MODEL,
      "src/send.ts": SENDER,
      "src/shadow.ts": "function fetch(u: any, o?: any): any { return u; }\n",
    });
    expect(summarise(result).filter((s) => s.startsWith("unassessed"))).toEqual([SENT]);
    expect(shadowWarnings(result)).toEqual(["warn@shadow.ts:1:10"]);
    expect(result.findings.find((f) => f.ruleId === "invalid-input")!.message).toMatch(
      /^global "fetch" declared in a script .* merges with the library's "fetch"/,
    );
  });

  it("does not switch off the sink when a syntax error parses as such a declaration", () => {
    const result = analyzeProject({ "src/model.ts": MODEL, "src/send.ts": SENDER, "src/broken.ts": "function \n fetch 1\n" });
    expect(summarise(result).filter((s) => s.startsWith("unassessed"))).toEqual([SENT]);
    expect(shadowWarnings(result)).toEqual(["warn@broken.ts:2:2"]);
  });

  it("judges calls inside the script itself as calls of its own function", () => {
    const result = analyzeProject({
      "src/model.ts": MODEL,
      "src/send.ts": SENDER,
      // In its own file the script's fetch is what runs: it logs, it sends nothing.
      "src/legacy.ts": `declare const console: { log(...a: unknown[]): void };
        function fetch(u: any, o?: any): any { console.log(u); }
        function report(fix: { latitude: number; longitude: number }) { fetch("https://eu.example-motors.de/log", { body: JSON.stringify(fix) }); }\n`,
    });
    expect(summarise(result).filter((s) => s.startsWith("unassessed"))).toEqual([SENT]);
  });

  it("leaves a module's own fetch alone: a local function, no warning", () => {
    const result = analyzeProject({
      "src/model.ts": MODEL,
      "src/send.ts": SENDER,
      "src/local.ts": `import type { Trip } from "./model";
        function fetch(u: string, o?: unknown): void {}
        export function keep(trip: Trip) { fetch("https://eu.example-motors.de/x", { body: JSON.stringify(trip) }); }\n`,
    });
    expect(summarise(result)).toEqual([SENT]);
  });
});
