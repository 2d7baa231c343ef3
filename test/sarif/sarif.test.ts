import { describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { scan } from "@vdx/core";
import { formatSarif, RULE_IDS } from "@vdx/cli";
import { markerAnalyzer } from "./marker-analyzer.js";
import { multitoolValidate, officialSarifSchema } from "./multitool.js";

const SOURCE = `// Upload of trip data.
export interface Trip { lat: number } // vdx-test-source: trip
export async function send(trip: Trip) {
  await fetch("https://trip.example.de", { body: JSON.stringify(trip) }); // vdx-test-finding: unassessed-export trip
  await fetch("https://crm.example.de", { body: "" }); // vdx-test-finding: inadequate-assessment crm
  await fetch(process.env.URL ?? "", { body: "" }); // vdx-test-finding: unresolved-destination env
}
`;

function project(prefix = ""): string {
  const root = mkdtempSync(join(tmpdir(), "vdx-sarif-"));
  const files: Record<string, string> = {
    "vdx.config.yaml": 'rulePack: "2026"\ninclude: ["src/**", "proto/**", "schemas/**"]\n',
    "src/upload/send trip.ts": prefix + SOURCE,
    "src/tbox/app.ts": 'await fetch("https://diag.example.de"); // vdx-test-finding: vehicle-direct-export diag\n',
    "proto/state.proto":
      'syntax = "proto3";\nmessage State {\n  double speed = 1; // vdx-test-finding: unclassified-signal speed\n  double lat = 2; // vdx-test-finding: unknown-category lat\n}\n',
    "schemas/broken.json": '{ "type": \n// vdx-test-finding: invalid-input broken\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function sarifOf(root: string): Promise<string> {
  const result = await scan({ paths: [root], cwd: root, asOf: "2026-06-01", analyzers: [markerAnalyzer] });
  expect(result.errors).toEqual([]);
  return formatSarif(result, { toolVersion: "0.1.0" });
}

describe("SARIF output", () => {
  it("of a scan with findings of every rule id validates against the official SARIF 2.1.0 schema", async () => {
    const log = JSON.parse(await sarifOf(project()));
    const run = log.runs[0];
    expect(new Set(run.results.map((r: { ruleId: string }) => r.ruleId))).toEqual(new Set(RULE_IDS));

    // The shipped schema declares draft 2020-12 (its body only uses draft-07 keywords): Ajv's 2020 dialect reads both.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(officialSarifSchema());
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("passes Sarif.Multitool validate with no errors and no warnings", async (context) => {
    const root = project();
    const file = join(root, "out.sarif");
    writeFileSync(file, await sarifOf(root));
    const outcome = multitoolValidate(file);
    if (!outcome.ran) {
      console.warn(`skipping Sarif.Multitool validation: ${outcome.reason}`);
      context.skip();
      return;
    }
    expect(outcome.errors).toEqual([]);
    // Its warnings are best-practice rules (SARIF2xxx): vdx's output meets them too.
    expect(outcome.warnings).toEqual([]);
  });

  it("carries the contract's rule metadata, locations, code flows, properties and artifacts", async () => {
    const root = project();
    const log = JSON.parse(await sarifOf(root));
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe("vdx");
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([...RULE_IDS]);
    for (const rule of run.tool.driver.rules) {
      expect(rule.helpUri).toMatch(new RegExp(`docs/findings/${rule.id}\\.md$`));
      expect(rule.help.markdown).toContain("**Why it matters.**");
      expect(["error", "warning"]).toContain(rule.defaultConfiguration.level);
    }
    const exported = run.results.find((r: { ruleId: string }) => r.ruleId === "unassessed-export");
    expect(run.tool.driver.rules[exported.ruleIndex].id).toBe("unassessed-export");
    expect(exported.locations[0].physicalLocation.artifactLocation).toMatchObject({ uri: "src/upload/send%20trip.ts", uriBaseId: "%SRCROOT%" });
    expect(exported.locations[0].physicalLocation.region).toMatchObject({ startLine: 4, startColumn: expect.any(Number) });
    expect(exported.properties).toEqual({
      categories: ["pi.sensitive.location-trajectory"],
      destination: "trip.example.de",
      jurisdiction: "DE",
      behaviour: "push",
    });
    const steps = exported.codeFlows[0].threadFlows[0].locations;
    expect(steps.map((s: { location: { physicalLocation: { region: { startLine: number } } } }) => s.location.physicalLocation.region.startLine)).toEqual([
      2, 4,
    ]);
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === "inadequate-assessment").properties.assessment).toBe("SA-2026-0001");
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === "unresolved-destination").level).toBe("warning");
    expect(run.originalUriBaseIds["%SRCROOT%"].uri).toMatch(/^file:\/\/.*\/$/);
    expect(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri).sort()).toEqual([
      "proto/state.proto",
      "schemas/broken.json",
      "src/tbox/app.ts",
      "src/upload/send%20trip.ts",
    ]);
    expect(run.invocations[0].executionSuccessful).toBe(true);
    for (const result of run.results) expect(JSON.stringify(result.partialFingerprints)).not.toMatch(/:\d+/);
  });

  it("carries message ids and arguments that the rule's message strings render to the text", async () => {
    const run = JSON.parse(await sarifOf(project())).runs[0];
    for (const rule of run.tool.driver.rules) {
      expect(Object.keys(rule.messageStrings).length).toBeGreaterThan(0);
      for (const { text } of Object.values<{ text: string }>(rule.messageStrings)) {
        expect(text).toMatch(/[.?!]$/);
        expect(text).not.toMatch(/\{\{\w/);
      }
    }
    const unknown = run.results.find((r: { ruleId: string }) => r.ruleId === "unknown-category");
    expect(unknown.message).toMatchObject({ id: "unknownCategory", arguments: ["pi.lat", "lat", ""] });
    const format: string = run.tool.driver.rules[unknown.ruleIndex].messageStrings.unknownCategory.text;
    expect(format).toBe('unknown category "{0}" in {1}: the rule pack defines no such category{2}.');
    const rendered = format.replace(/\{(\d+)\}/g, (_, index: string) => unknown.message.arguments[Number(index)]);
    expect(rendered).toBe('unknown category "pi.lat" in lat: the rule pack defines no such category.');
    expect(unknown.message.text.startsWith(rendered.slice(0, -1))).toBe(true);
    // A finding without a message id keeps its text only.
    const marker = run.results.find((r: { ruleId: string }) => r.ruleId === "vehicle-direct-export");
    expect(Object.keys(marker.message)).toEqual(["text"]);
  });

  it("is deterministic, and fingerprints survive a finding moving down", async () => {
    const root = project();
    const first = await sarifOf(root);
    expect(await sarifOf(root)).toBe(first);

    const moved = project("// a new header comment\n// and another line\n\n");
    const fingerprints = (sarif: string) =>
      Object.fromEntries(
        JSON.parse(sarif).runs[0].results.map((r: { message: { text: string }; partialFingerprints: Record<string, string> }) => [
          r.message.text,
          r.partialFingerprints["vdx/v1"],
        ]),
      );
    const before = fingerprints(first);
    const after = fingerprints(await sarifOf(moved));
    expect(after).toEqual(before);
    const line = (sarif: string) =>
      JSON.parse(sarif).runs[0].results.find((r: { ruleId: string }) => r.ruleId === "unassessed-export").locations[0].physicalLocation.region.startLine;
    expect(line(await sarifOf(moved))).toBe(Number(line(first)) + 3);
    expect(readFileSync(join(moved, "src/upload/send trip.ts"), "utf8")).toContain("a new header comment");
  });
});
