import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EXAMPLE, runCli, tempProject } from "./harness.js";

const AS_OF = ["--as-of", "2026-11-26"];
const uploader = readFileSync(join(EXAMPLE, "src/upload/uploader.ts"), "utf8").split("\n");
const lineOf = (text: string) => uploader.findIndex((l) => l.includes(text)) + 1;

describe("vdx explain file:line", () => {
  it("takes a path relative to the scan root from a subfolder, and prints the records tried and why each failed", async () => {
    const line = lineOf("await postJson(EU_TRIP_ANALYTICS");
    const run = await runCli(["explain", `src/upload/uploader.ts:${line}`, ...AS_OF], join(EXAMPLE, "src"));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("(paths relative to the scan root ..)");
    expect(run.stdout).toMatch(new RegExp(`^src/upload/uploader\\.ts:${line}:\\d+ {2}error {2}inadequate-assessment$`, "m"));
    expect(run.stdout).toMatch(/^ {4}record: {7}SA-2026-0201$/m);
    expect(run.stdout).toMatch(
      /^ {6}- VehicleState\.latitude: pi\.sensitive\.location-trajectory by annotation, classified at src\/model\/vehicle-state\.ts:\d+:\d+$/m,
    );
    expect(run.stdout).toMatch(/^ {4}Record SA-2026-0201: .*does not list .*pi\.sensitive\.location-trajectory/m);
    expect(run.stdout).toMatch(/^ {2}What to do:$/m);
  });

  it("matches a path suffix, and lists the nearest findings when nothing is at the line", async () => {
    const line = lineOf("await postJson(EU_CRM");
    const run = await runCli(["explain", `uploader.ts:${line + 1}`, ...AS_OF], EXAMPLE);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^nothing reported at src/upload/uploader\\.ts:${line + 1}: no finding, flow or classified field$`, "m"));
    const nearest = run.stdout.split("nearest findings:\n")[1]!.split("\n")[0];
    expect(nearest).toMatch(new RegExp(`^ {2}src/upload/uploader\\.ts:${line}:\\d+ {2}error {2}inadequate-assessment$`));
    expect(run.stdout).toMatch(/`vdx explain src\/upload\/uploader\.ts` for the whole file/);
  });

  it("explains a whole file: every finding, and the flows that are not findings (covered, domestic)", async () => {
    const run = await runCli(["explain", "src/upload/uploader.ts", ...AS_OF], EXAMPLE);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^src\/upload\/uploader\.ts: 3 findings, 5 flows, 0 classified fields$/m);
    expect(run.stdout.match(/^src\/upload\/uploader\.ts:\d+:\d+ {2}(error|warn) {2}/gm)).toHaveLength(3);
    expect(run.stdout).toMatch(
      /^ {2}src\/upload\/uploader\.ts:\d+:\d+ {2}push → https:\/\/eu-telemetry\.example-motors\.de\/v1\/fleet-health \(DE\) · .* · covered by SA-2026-0142$/m,
    );
    expect(run.stdout).toMatch(/· not an export \(destination in CN\)$/m);
  });

  it("exits 2 for a path that names no file", async () => {
    const none = await runCli(["explain", "src/nope.ts:3", ...AS_OF], EXAMPLE);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^vdx: src\/nope\.ts: no such file \(relative to \. or to the scan root \.\)$/m);
  });
});

describe("vdx explain on schema findings", () => {
  const root = tempProject({
    "vdx.config.yaml": 'include: ["schemas/**"]\n',
    "schemas/trip.schema.json":
      '{\n  "type": "object",\n  "properties": {\n    "gpsTrack": { "type": "string" },\n    "child": { "type": "string", "x-vdx": "pi.sensitive.minr" }\n  }\n}\n',
  });

  it("shows the suggested ids with their titles and the classified field with its evidence", async () => {
    const run = await runCli(["explain", "schemas/trip.schema.json:5"], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^schemas\/trip\.schema\.json:5:\d+ {2}error {2}unknown-category$/m);
    expect(run.stdout).toMatch(/^ {4}pi\.sensitive\.minor — PI of children under 14 \(sensitive personal information, PI-VOL\)$/m);
    const field = await runCli(["explain", "schemas/trip.schema.json:4"], root);
    expect(field.stdout).toMatch(/^ {2}schemas\/trip\.schema\.json:4:\d+ {2}json-schema field schemas\/trip\.schema\.json#\/properties\/gpsTrack$/m);
    expect(field.stdout).toMatch(/^ {4}evidence: {3}signal:term:gps \(confidence 0\.\d\d\)/m);
  });
});
