import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { generateMonorepo } from "../../bench/monorepo-project.js";
import { runCli } from "../cli/harness.js";

/**
 * `vdx scan --shard i/n` on every job of a CI matrix, then `vdx merge`: the same bytes as one
 * unsharded scan, in JSON and in SARIF — on the examples (split by folder) and on a generated
 * monorepo (split by workspace package, with flows that cross packages).
 */
const repo = fileURLToPath(new URL("../../", import.meta.url));
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function shardedEqualsWhole(root: string, shards: number): Promise<{ units: string[][] }> {
  const out = mkdtempSync(join(tmpdir(), "vdx-shards-"));
  dirs.push(out);
  const common = ["--as-of", "2026-06-01", "--fail-on", "never", "--quiet"];
  const outputs = (name: string) => ["--format", "json", "--output", join(out, `${name}.json`), "--format", "sarif", "--output", join(out, `${name}.sarif`)];
  const whole = await runCli(["scan", ...common, ...outputs("whole")], root);
  expect(whole.stderr).toBe("");
  const units: string[][] = [];
  for (let i = 1; i <= shards; i++) {
    const shard = await runCli(["scan", ...common, "--shard", `${i}/${shards}`, ...outputs(`shard-${i}`)], root);
    expect(shard.stderr).toBe("");
    units.push((JSON.parse(readFileSync(join(out, `shard-${i}.json`), "utf8")) as { shard: { units: string[] } }).shard.units);
  }
  for (const format of ["json", "sarif"] as const) {
    // In any order: the shard markers say which is which.
    const parts = Array.from({ length: shards }, (_, i) => join(out, `shard-${shards - i}.${format}`));
    const merged = await runCli(["merge", ...parts, "--output", join(out, `merged.${format}`)], root);
    expect(merged.stderr).toBe("");
    expect(merged.code).toBe(0);
    expect(readFileSync(join(out, `merged.${format}`), "utf8"), format).toBe(readFileSync(join(out, `whole.${format}`), "utf8"));
  }
  return { units };
}

describe("sharded scans merged equal the unsharded scan", () => {
  for (const name of ["telematics-gateway", "charging-backend", "adas-data-loop"]) {
    it(`on examples/${name}`, async () => {
      const { units } = await shardedEqualsWhole(join(repo, "examples", name), 3);
      // Every shard has some part of the project, and no part is in two shards.
      expect(units.flat().length).toBe(new Set(units.flat()).size);
      expect(units.filter((u) => u.length > 0).length).toBeGreaterThan(1);
    }, 120_000);
  }

  it("on a generated monorepo, split by workspace package", async () => {
    const root = mkdtempSync(join(tmpdir(), "vdx-shard-mono-"));
    dirs.push(root);
    generateMonorepo(root, { packages: 4, servicesPerPackage: 6, reposPerPackage: 2, utilsPerPackage: 2 });
    const { units } = await shardedEqualsWhole(root, 3);
    expect(units.flat().sort()).toEqual([
      ".",
      "apps/gateway",
      "packages/charging",
      "packages/diagnostics",
      "packages/shared",
      "packages/telemetry",
      "packages/trips",
    ]);
  }, 180_000);

  it("refuses a partial or mixed set of reports", async () => {
    const root = join(repo, "examples", "telematics-gateway");
    const out = mkdtempSync(join(tmpdir(), "vdx-shards-"));
    dirs.push(out);
    const common = ["--as-of", "2026-06-01", "--fail-on", "never", "--quiet"];
    await runCli(["scan", ...common, "--shard", "1/2", "--format", "json", "--output", join(out, "a.json")], root);
    await runCli(["scan", ...common, "--shard", "1/2", "--format", "sarif", "--output", join(out, "a.sarif")], root);
    const missing = await runCli(["merge", join(out, "a.json")], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/shard 2\/2 missing: a merged report would leave findings out/);
    const twice = await runCli(["merge", join(out, "a.json"), join(out, "a.json")], root);
    expect(twice.stderr).toMatch(/shard 1\/2 is given twice/);
    const mixed = await runCli(["merge", join(out, "a.json"), join(out, "a.sarif")], root);
    expect(mixed.stderr).toMatch(/mix JSON and SARIF/);
    const bad = await runCli(["scan", "--shard", "3/2"], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--shard 3\/2: the shard must be between 1 and 2/);
  }, 60_000);
});
