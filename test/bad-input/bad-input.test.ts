import { describe, expect, it, beforeAll } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { multitoolValidate, officialSarifSchema } from "../sarif/multitool.js";
import { join } from "node:path";
import { runCli, tempProject, type CliRun } from "../cli/harness.js";
import { BROKEN_FILES, CONFIG, REGISTRY, badProjectFiles } from "./bad-project.js";

const AS_OF = ["--as-of", "2026-11-26"];

interface JsonFinding {
  ruleId: string;
  level: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Fatal input errors: exit 2, every line `file:line:column: message`, no stack trace, nothing on stdout. */
function expectFatal(run: CliRun, expected: RegExp[]): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  const lines = run.stderr.trimEnd().split("\n");
  for (const line of lines) expect(line).toMatch(/^[^\s:]+:\d+:\d+: \S.*$/);
  for (const pattern of expected)
    expect(
      lines.some((l) => pattern.test(l)),
      `${pattern} in\n${run.stderr}`,
    ).toBe(true);
  expect(run.stderr).not.toMatch(/^\s+at .+\(?.*:\d+:\d+\)?$/m);
  expect(run.stderr).not.toMatch(/internal error|TypeError|ReferenceError/);
}

describe("bad scanned files: invalid-input findings, and the scan goes on", () => {
  let run: CliRun;
  let findings: JsonFinding[];
  let inventory: { fields: { file: string; path: string; categories: string[] }[] };
  let root: string;

  beforeAll(async () => {
    root = tempProject(badProjectFiles());
    run = await runCli(["scan", ...AS_OF, "--format", "json", "--format", "sarif", "--output", "report.sarif"], root);
    findings = JSON.parse(run.stdout).findings;
    inventory = JSON.parse((await runCli(["inventory", ...AS_OF, "--format", "json"], root)).stdout);
  });

  it("exits 1 (findings), not 2: broken scanned files are findings, not fatal errors", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
  });

  for (const [file, broken] of Object.entries(BROKEN_FILES)) {
    it(`reports ${file} as invalid-input at line ${broken.line}`, () => {
      const mine = findings.filter((f) => f.file === file);
      expect(mine.map((f) => f.ruleId)).toContain("invalid-input");
      const finding = mine.find((f) => f.ruleId === "invalid-input")!;
      expect(finding.level).toBe("error");
      expect(finding.line).toBe(broken.line);
      if (broken.column !== undefined) expect(finding.column).toBe(broken.column);
      expect(finding.message).toMatch(broken.message);
    });
  }

  it("still reports the findings of the healthy files", () => {
    // The flow in src/send.ts: the record does not list the (misspelt) location category.
    expect(findings.some((f) => f.file === "src/send.ts" && f.ruleId === "inadequate-assessment" && f.line === 6)).toBe(true);
    // The registry's misspelt id and the proto annotation's misspelt id, with did-you-mean.
    const unknown = findings.filter((f) => f.ruleId === "unknown-category");
    expect(unknown.map((f) => `${f.file}:${f.line}`).sort()).toEqual(["data-export-assessments.yaml:8", "proto/good.proto:7"]);
    for (const f of unknown) expect(f.message).toMatch(/did you mean "pi\.sensitive\.location-trajectory"/i);
  });

  it("terminates on cyclic $ref and still classifies the fields reached through it", () => {
    const paths = inventory.fields.filter((f) => f.file === "schemas/cyclic.schema.json").map((f) => f.path);
    expect(paths).toContain("schemas/cyclic.schema.json#/$defs/node/properties/gpsTrack");
    expect(inventory.fields.some((f) => f.path === "acme.v1.Position.lat")).toBe(true);
  });

  it("writes SARIF for all of it that passes the official schema and Sarif.Multitool validate", () => {
    const file = join(root, "report.sarif");
    const log = JSON.parse(readFileSync(file, "utf8"));
    expect(log.runs[0].results.length).toBe(findings.length);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(officialSarifSchema());
    validate(log);
    expect(validate.errors ?? []).toEqual([]);
    const outcome = multitoolValidate(file);
    if (outcome.ran) expect(outcome.errors).toEqual([]);
  });

  it("keeps binary and oversized files away from the analysers: one finding each, nothing else", () => {
    for (const file of ["proto/blob.proto", "schemas/blob.json", "src/blob.ts", "schemas/huge.schema.json"]) {
      expect(findings.filter((f) => f.file === file).map((f) => f.ruleId)).toEqual(["invalid-input"]);
    }
  });
});

describe("bad config or registry: exit 2 with file:line:column and no stack trace", () => {
  const project = (config: string, registry = REGISTRY) => tempProject({ "vdx.config.yaml": config, "data-export-assessments.yaml": registry });

  it("a YAML syntax error in vdx.config.yaml", async () => {
    const run = await runCli(["scan", ...AS_OF], project('rulePack: "2026"\ninclude: ["src/**"\nexclude: []\n'));
    expectFatal(run, [/^vdx\.config\.yaml:3:1: .*\]/]);
  });

  it("wrong types in vdx.config.yaml, each at its own key, without repeating the key", async () => {
    const run = await runCli(["scan", ...AS_OF], project('rulePack: "2026"\ninclude: "src/**"\norganization:\n  ciio: "no"\n  vehiclesInChina: many\n'));
    expectFatal(run, [
      /^vdx\.config\.yaml:2:10: include must be a list \(found the string "src\/\*\*"\)$/,
      /^vdx\.config\.yaml:4:9: organization\.ciio must be true or false/,
      /^vdx\.config\.yaml:5:20: organization\.vehiclesInChina must be a whole number/,
    ]);
  });

  it("an unknown key in vdx.config.yaml, with did-you-mean", async () => {
    const run = await runCli(["inventory", ...AS_OF], project(`${CONFIG}incldue: ["src/**"]\nunknownHost: warn\n`));
    expectFatal(run, [
      /^vdx\.config\.yaml:8:1: unknown key "incldue"; did you mean "include"\?$/,
      /^vdx\.config\.yaml:9:1: unknown key "unknownHost"; did you mean "unknownHosts"\?$/,
    ]);
  });

  it("a registry with an impossible date and a missing field", async () => {
    const registry = REGISTRY.replace("validUntil: 2029-02-28", "validUntil: 2026-02-30").replace(/^ {4}recipient:.*\n/m, "");
    const run = await runCli(["scan", ...AS_OF], project(CONFIG, registry));
    expectFatal(run, [
      /^data-export-assessments\.yaml:3:5: .*missing the required key "recipient"/,
      /^data-export-assessments\.yaml:11:17: .*"2026-02-30" does not exist: February 2026 has 28 days/,
    ]);
  });

  it("a registry that is not YAML at all", async () => {
    const root = project(CONFIG);
    writeFileSync(join(root, "data-export-assessments.yaml"), "version: 1\nassessments:\n  - id: [x\n");
    expectFatal(await runCli(["baseline", ...AS_OF], root), [/^data-export-assessments\.yaml:\d+:\d+: /]);
  });
});
