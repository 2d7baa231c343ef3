import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { loadConfig, loadRegistry } from "@vdx/core";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempProject } from "./harness.js";

/**
 * `vdx init` drafts from the code what the user must confirm: the hosts the code names (foreign
 * first) pinned in the config, one commented record per foreign destination with the categories
 * flowing there, schema folders wherever JSON Schemas live, on-vehicle code — and invents no address.
 */
const TRIPS = `// Design notes: https://wiki.internal-docs.example.org/trips (a link, not a destination)
export interface TripPoint {
  /** @vdx pi.sensitive.location-trajectory */
  latitude: number;
  /** @vdx pi.sensitive.location-trajectory */
  longitude: number;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
}

export async function uploadAbroad(point: TripPoint): Promise<void> {
  await fetch("https://trips.example-motors.de/v1/points", { method: "POST", body: JSON.stringify(point) });
}

export async function uploadHome(point: TripPoint): Promise<void> {
  await fetch(\`https://trips.example-motors.com.cn/v1/points\`, { method: "POST", body: JSON.stringify(point) });
}

export const STATUS_PAGE = "https://status.example-partner.io/";
`;

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function project(): string {
  const root = tempProject({
    "tsconfig.json": "{}",
    "src/upload/trips.ts": TRIPS,
    // A JSON Schema in a folder not called schemas, under a name without `.schema.`.
    "contracts/v1/trip.json":
      '{ "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": { "odometerKm": { "type": "number" } } }\n',
    // Data, not a schema: its folder is not a schema folder.
    "fixtures/data.json": "[1, 2, 3]\n",
    "apps/tbox/main.ts": "export {};\n",
  });
  roots.push(root);
  return root;
}

describe("vdx init drafts from the code", () => {
  it("pins every host the code names (foreign first), drafts a record per foreign destination, finds schemas and vehicle code, and prints three next steps", async () => {
    const root = project();
    const init = await runCli(["init"], root);
    expect(init.stderr).toBe("");
    expect(init.code).toBe(0);

    // The summary: hosts foreign first, then the ones vdx cannot place, then China; where each was seen.
    const hostLines = init.stdout
      .split("\n")
      .filter((l) => /^\s{10,}\S+\.\S+\s+(DE|CN|unknown)\s/.test(l))
      .map((l) => l.trim().split(/\s+/).slice(0, 2).join(" "));
    expect(hostLines).toEqual(["trips.example-motors.de DE", "status.example-partner.io unknown", "trips.example-motors.com.cn CN"]);
    expect(init.stdout).toContain("src/upload/trips.ts:12");
    expect(init.stdout).toMatch(/schemas in:\s+contracts\/v1\n/);
    expect(init.stdout).toMatch(/vehicleSide:\s+apps\/tbox\/\*\*\n/);
    const next = init.stdout.slice(init.stdout.indexOf("Next:\n")).trim().split("\n").slice(1);
    expect(next.map((l) => l.trim().slice(0, 3))).toEqual(["1. ", "2. ", "3. "]);
    expect(next[1]).toContain("1 record drafted in data-export-assessments.yaml");

    // The config pins the hosts vdx placed and leaves the unplaced one as a TODO; it loads cleanly.
    const configText = readFileSync(join(root, "vdx.config.yaml"), "utf8");
    expect(configText).toContain('include: ["apps/**", "contracts/**", "src/**"]');
    const config = loadConfig({ cwd: root });
    expect(config.errors).toEqual([]);
    expect(config.value.hosts).toEqual([
      { match: "trips.example-motors.de", jurisdiction: "DE" },
      { match: "trips.example-motors.com.cn", jurisdiction: "CN" },
    ]);
    expect(config.value.vehicleSide).toEqual(["apps/tbox/**"]);
    expect(configText).toMatch(
      /^# {2}- \{ match: "status\.example-partner\.io", jurisdiction: <ISO code or internal> \} +# TODO: vdx cannot place it; seen at src\/upload\/trips\.ts:19$/m,
    );

    // The registry holds no record (a record would cover flows) and one TODO for the foreign destination.
    const registryText = readFileSync(join(root, "data-export-assessments.yaml"), "utf8");
    const registry = loadRegistry(join(root, "data-export-assessments.yaml"));
    expect(registry.errors).toEqual([]);
    expect(registry.value.records).toEqual([]);
    expect(registryText).toContain("# TODO 1: classified data reaches trips.example-motors.de (DE) at src/upload/trips.ts:12.");
    expect(registryText).toContain('#    destinations: ["trips.example-motors.de"]');
    expect(registryText).toContain("#    categories: [pi.general.vehicle-identifier, pi.sensitive.location-trajectory]");
    expect(registryText).not.toContain("TODO 2");

    // Nothing invented: no URL at all, and every host written is one the code names in a literal.
    for (const text of [configText, registryText]) {
      expect(text).not.toMatch(/:\/\//);
      for (const [, host] of text.matchAll(/(?:match: |destinations: \[)"([^"]+)"/g)) expect(TRIPS).toContain(`://${host}/`);
    }
    // A URL in a comment is a link, not a host to confirm.
    expect(init.stdout + configText + registryText).not.toContain("wiki.internal-docs");

    // With the draft unconfirmed, the scan reports the foreign upload as unassessed.
    const scan = await runCli(["scan", "--format", "json", "--fail-on", "never", "--as-of", "2026-06-01"], root);
    const findings = (JSON.parse(scan.stdout) as { findings: { ruleId: string; file: string; line: number }[] }).findings;
    expect(findings.filter((f) => f.ruleId === "unassessed-export").map((f) => `${f.file}:${f.line}`)).toEqual(["src/upload/trips.ts:12"]);
  }, 120_000);

  it("still writes valid starter files for a project that names no host and whose tsconfig is broken", async () => {
    const root = tempProject({ "src/a.ts": "export {};\n", "tsconfig.json": '{ "compilerOptions": { "target": 12 ' });
    roots.push(root);
    const init = await runCli(["init"], root);
    expect(init.code).toBe(0);
    expect(loadConfig({ cwd: root }).errors).toEqual([]);
    expect(init.stdout).toMatch(/hosts: +none named in the code\n/);
    expect(init.stdout).toContain("2. Record your export approvals, filings or contracts in data-export-assessments.yaml");
    expect(readFileSync(join(root, "data-export-assessments.yaml"), "utf8")).toContain("assessments: []");
  }, 60_000);
});
