import { describe, expect, it } from "vitest";
import { taintWork } from "@vdx/core/internals";
import { analyzeProject, summarise } from "./helpers/flow-project.js";

/**
 * Issue 14 item 3: chains of assignments made the taint engine quadratic — 5,000 `const dN = { x: dN-1 }`
 * sent with fetch took 29 s and 3.4 GB (each link copied the whole nested value to add one step), 5,000
 * module constants `const sN = sN-1 + "a"` 30 s and 1.6 GB (each link added one more cell label). The work
 * is measured in labels handled (`taintWork`), never in time: doubling the chain must about double it.
 */
const MODEL = `export interface Trip {
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
}
`;
const EU = "https://telemetry.example-motors.de/v1";

const CHAINS: Record<string, (n: number) => string> = {
  "object literals in a function": (n) => `import type { Trip } from "./model";
export async function go(t: Trip) {
  const d0 = { x: t.lat };
${Array.from({ length: n }, (_, i) => `  const d${i + 1} = { x: d${i} };`).join("\n")}
  await fetch("${EU}", { method: "POST", body: JSON.stringify(d${n}) });
}
`,
  "string constants of a module": (n) => `import type { Trip } from "./model";
const s0 = "${EU}/";
${Array.from({ length: n }, (_, i) => `const s${i + 1} = s${i} + "a";`).join("\n")}
export async function go(t: Trip) { await fetch(s${n}, { method: "POST", body: JSON.stringify(t.lat) }); }
`,
  "object constants of a module": (n) => `import type { Trip } from "./model";
declare const trip: Trip;
const d0 = { x: trip.lat };
${Array.from({ length: n }, (_, i) => `const d${i + 1} = { x: d${i} };`).join("\n")}
export async function go() { await fetch("${EU}", { method: "POST", body: JSON.stringify(d${n}) }); }
`,
  "one variable reassigned": (n) => `import type { Trip } from "./model";
export async function go(t: Trip) {
  let s = "${EU}/?lat=" + t.lat;
${'  s = s + "a";\n'.repeat(n)}  await fetch(s);
}
`,
  "template literals": (n) => `import type { Trip } from "./model";
export async function go(t: Trip) {
  const s0 = \`${EU}/?lat=\${t.lat}\`;
${Array.from({ length: n }, (_, i) => `  const s${i + 1} = \`\${s${i}}a\`;`).join("\n")}
  await fetch(s${n});
}
`,
};

function workFor(chain: (n: number) => string, n: number): { work: number; findings: string[] } {
  const before = taintWork();
  const result = analyzeProject({ "src/model.ts": MODEL, "src/chain.ts": chain(n) });
  return { work: taintWork() - before, findings: summarise(result).map((s) => s.replace(/:\d+ /, " ")) };
}

describe("a chain of assignments costs work in proportion to its length", () => {
  for (const [name, chain] of Object.entries(CHAINS)) {
    it(name, () => {
      const short = workFor(chain, 150);
      const long = workFor(chain, 600);
      // The flow is still found, at either length.
      expect(long.findings).toEqual(short.findings);
      expect(long.findings.some((f) => f.includes("pi.sensitive.location-trajectory"))).toBe(true);
      // Four times the links: about four times the work (quadratic growth would be sixteen times).
      expect(long.work).toBeLessThan(short.work * 6);
    });
  }
});

describe("a long chain of inferred declarations", () => {
  it("is typed from its start even when the analysis first asks about its end", () => {
    // The sender comes first: its `fetch(s3000)` is the first question the checker gets about the chain.
    const n = 3000;
    const chain = `import type { Trip } from "./model";
export async function go(t: Trip) { await fetch(s${n}, { method: "POST", body: JSON.stringify(t.lat) }); }
const s0 = "${EU}/";
${Array.from({ length: n }, (_, i) => `const s${i + 1} = s${i} + "a";`).join("\n")}
`;
    const result = analyzeProject({ "src/model.ts": MODEL, "src/chain.ts": chain });
    expect(summarise(result)).toEqual(["unresolved-destination@src/chain.ts:2 pi.sensitive.location-trajectory"]);
  });
});
