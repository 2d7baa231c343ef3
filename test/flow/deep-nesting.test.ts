import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { scan, type Finding } from "@vdx/core";

/**
 * Issue 14 item 2: code nested thousands of levels deep (5,000 `+` terms, 5,000 `.a`, 5,000 parentheses)
 * overflowed the stack of TypeScript's parser or binder or of vdx's own walkers, and the whole flow
 * analysis failed: every export finding of the project was lost. Now the file that caused it gets one
 * `invalid-input` at the place where vdx stopped following it, and everything else is reported.
 */
const N = 5000;
const CONFIG = `rulePack: "2026"\ninclude: ["src/**"]\nhosts:\n  - { match: "*.example-motors.de", jurisdiction: DE }\n`;
const TRIP = `export interface Trip {
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
}
`;
const GOOD = `import type { Trip } from "./trip";
export async function send(trip: Trip) {
  await fetch("https://telemetry.example-motors.de/v1/trips", { method: "POST", body: JSON.stringify(trip) });
}
`;
const FILES: Record<string, string> = {
  "vdx.config.yaml": CONFIG,
  "tsconfig.json": `{ "compilerOptions": { "strict": true, "target": "ES2022", "module": "ESNext", "moduleResolution": "Bundler" }, "include": ["src"] }\n`,
  "src/trip.ts": TRIP,
  "src/good.ts": GOOD,
  // The host is lost with the cut, so the destination is unknown: the flow is still reported, as unresolved.
  "src/concat.ts": `import type { Trip } from "./trip";
export async function far(trip: Trip) {
  await fetch("https://eu.example-motors.de/"${' + "a"'.repeat(N)}, { method: "POST", body: JSON.stringify(trip) });
}
`,
  "src/member.ts": `declare const o: any;\nexport const deep = o${".a".repeat(N)};\n`,
  // Too deep even for TypeScript's parser; imported by another file, so the program reads it anyway.
  "src/parens.ts": `export const p = ${"(".repeat(N)}1${")".repeat(N)};\n`,
  "src/uses-parens.ts": `import { p } from "./parens";\nexport const q = p;\n`,
};

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "vdx-deep-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const at = (root: string, f: Finding): string => `${f.ruleId}@${f.location.file.slice(root.length + 1)}:${f.location.line}:${f.location.column}`;

describe("code nested too deeply", () => {
  it("costs the findings of its own file's deep part only, each reported where analysis stopped", async () => {
    const root = project(FILES);
    const result = await scan({ paths: [root], cwd: root, asOf: "2026-06-01" });
    expect(result.errors).toEqual([]);
    const findings = result.findings.filter((f) => f.ruleId !== "unclassified-signal").map((f) => at(root, f));
    expect(findings).toEqual([
      "unresolved-destination@src/concat.ts:3:9",
      "invalid-input@src/concat.ts:3:15",
      "unassessed-export@src/good.ts:3:9",
      "invalid-input@src/member.ts:2:21",
      "invalid-input@src/parens.ts:1:274",
    ]);
    const messages = result.findings.filter((f) => f.ruleId === "invalid-input").map((f) => f.message);
    expect(messages[0]).toMatch(/^code nested 50\d\d levels deep: vdx follows code nested up to 256 levels, so the part from here on was not analysed/);
    expect(messages[2]).toMatch(/^code nested too deeply for TypeScript's parser .*the file was not analysed/);
    expect(result.findings.some((f) => /analyser .* failed/.test(f.message))).toBe(false);
  });
});
