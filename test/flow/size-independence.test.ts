import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { scan } from "@vdx/core";

/**
 * Issue 14 item 5: a four-line upload reported on its own was not reported inside a large back end, and
 * deleting large unrelated folders brought it back. The mechanism found: asked about a variable in a
 * function whose control flow chains too many branch points, TypeScript's checker gives up ("Code is too
 * complex to analyze") and — outside its own file-by-file check — switches flow analysis off for the rest of
 * the program: every variable typed afterwards is `any`, so `pos` carried no classified field any more.
 * Whether it happened depended on what else the project held and in which order vdx asked.
 *
 * The generator builds back ends of growing size around the same upload; every size must report it exactly
 * as the upload alone, and the function TypeScript cannot type is reported, not silently skipped.
 */
const PROBE = `export async function probe(pos: { latitude: number; longitude: number; vin: string }) {
  await fetch("https://probe.example-motors.de/v1/pos", { method: "POST", body: JSON.stringify(pos) });
}
`;

/** A generated module of an ordinary back end: services, a repository, a handler with branches, a domestic send. */
function fillerModule(i: number): string {
  return `export interface Record${i} { id: string; count: number; label?: string }
export class Repository${i} {
  private readonly items = new Map<string, Record${i}>();
  save(item: Record${i}): void { this.items.set(item.id, item); }
  find(id: string): Record${i} | undefined { return this.items.get(id); }
}
export function handle${i}(repo: Repository${i}, input: Partial<Record${i}>): string {
  if (!input.id) return "missing id";
  const found = repo.find(input.id) ?? { id: input.id, count: 0 };
  found.count += input.count ?? 1;
  if (input.label && input.label.length > 10) found.label = input.label.slice(0, 10);
  repo.save(found);
  return found.label ?? found.id;
}
export async function report${i}(repo: Repository${i}, id: string) {
  await fetch("https://stats.example-motors.com.cn/v1/${i}", { method: "POST", body: JSON.stringify(repo.find(id)) });
}
`;
}

/** Generated code TypeScript cannot type: one function with a long chain of branches (a rule table, say). */
function complexModule(branches: number): string {
  const lines = Array.from({ length: branches }, (_, i) => `  if (flags[${i}]) code = ${i % 2 ? `"r${i}"` : i};`);
  return `declare const flags: boolean[];
export async function classify(start: string) {
  let code: string | number = start;
${lines.join("\n")}
  await fetch("https://rules.example-motors.com.cn/" + code.toString());
}
`;
}

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "vdx-size-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function probeFindings(files: Record<string, string>): Promise<{ probe: string[]; invalid: string[] }> {
  const root = project({ "vdx.config.yaml": `rulePack: "2026"\ninclude: ["src/**"]\n`, ...files, "src/zz/probe.ts": PROBE });
  const result = await scan({ paths: [root], cwd: root, asOf: "2026-06-01" });
  const rel = (file: string) => file.slice(root.length + 1);
  return {
    probe: result.findings
      .filter((f) => rel(f.location.file) === "src/zz/probe.ts")
      .map((f) => `${f.ruleId}:${f.location.line} ${f.export?.categories.join(",")}`),
    invalid: result.findings.filter((f) => f.ruleId === "invalid-input").map((f) => `${rel(f.location.file)}:${f.location.line} ${f.message.slice(0, 60)}`),
  };
}

describe("a finding does not depend on the size of the project around it", () => {
  it("is reported in generated back ends of every size exactly as on its own", async () => {
    const alone = await probeFindings({});
    expect(alone.probe).toEqual(["unassessed-export:2 pi.general.vehicle-identifier,pi.sensitive.location-trajectory"]);
    for (const size of [40]) {
      const files: Record<string, string> = {};
      for (let i = 0; i < size; i++) files[`src/m${String(i).padStart(3, "0")}/module.ts`] = fillerModule(i);
      // Sorted before the upload, as an unrelated folder would be: analysed first.
      files["src/a-rules/classify.ts"] = complexModule(1100);
      const big = await probeFindings(files);
      expect(big.probe, `${size} modules`).toEqual(alone.probe);
      expect(big.invalid, `${size} modules`).toEqual(["src/a-rules/classify.ts:2 function classify chains about 1100 branch points, more than"]);
    }
  });
});
