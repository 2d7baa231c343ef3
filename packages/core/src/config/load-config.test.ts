import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatInputError } from "../input/positioned-document.js";
import { fixturePack } from "../verdict/fixtures/fixture-pack.js";
import { checkConfigCategories } from "./check-config-categories.js";
import { findConfigFile } from "./find-config-file.js";
import { loadConfig } from "./load-config.js";

const created: string[] = [];
afterAll(() => created.forEach((root) => rmSync(root, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "vdx-config-"));
  created.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

const CONTRACT_EXAMPLE = `rulePack: "2026"                 # built-in pack, or a path to a pack folder
extends: []
include: ["src/**", "proto/**", "schemas/**"]
exclude: ["**/*.test.ts"]
tsconfig: tsconfig.json
assessments: data-export-assessments.yaml
organization:
  ciio: false
  vehiclesInChina: 1200000
hosts:
  - { match: "*.example-motors.de", jurisdiction: DE }
  - { match: "telemetry.example-motors.com.cn", jurisdiction: CN }
deployments:
  - { path: "services/eu-portal/**", jurisdiction: DE }
vehicleSide: ["apps/tbox/**"]
sanitizers:
  - { function: "blurFacesAndPlates", removes: [pi.sensitive.exterior-person], adds: [] }
  - { function: "coarsenLocation", removes: [pi.sensitive.location-trajectory] }
unknownHosts: warn
`;

function errorsFor(config: string, extra: Record<string, string> = {}): string[] {
  const root = project({ "vdx.config.yaml": config, ...extra });
  return loadConfig({ cwd: root }).errors.map((e) => formatInputError(e).slice(root.length + 1));
}

describe("findConfigFile", () => {
  it("walks up from the start folder and prefers .yaml, then .yml, then .json", () => {
    const root = project({ "vdx.config.json": "{}", "vdx.config.yml": "", "packages/app/src/index.ts": "" });
    expect(findConfigFile(join(root, "packages/app/src"))).toBe(join(root, "vdx.config.yml"));
    const json = project({ "vdx.config.json": "{}", "a/b/x.ts": "" });
    expect(findConfigFile(join(json, "a/b"))).toBe(join(json, "vdx.config.json"));
    const nearer = project({ "vdx.config.yaml": "", "a/vdx.config.json": "{}" });
    expect(findConfigFile(join(nearer, "a"))).toBe(join(nearer, "a/vdx.config.json"));
  });
});

describe("loadConfig", () => {
  it("loads the contracts.md example with absolute paths", () => {
    const root = project({ "vdx.config.yaml": CONTRACT_EXAMPLE, "tsconfig.json": "{}", "data-export-assessments.yaml": "version: 1\nassessments: []\n" });
    const outcome = loadConfig({ cwd: join(root) });
    expect(outcome.errors).toEqual([]);
    const { document, ...config } = outcome.value;
    expect(document?.file).toBe(join(root, "vdx.config.yaml"));
    expect(config).toEqual({
      file: join(root, "vdx.config.yaml"),
      root,
      rulePack: "2026",
      extends: [],
      include: ["src/**", "proto/**", "schemas/**"],
      exclude: ["**/*.test.ts"],
      allowRead: [],
      tsconfig: join(root, "tsconfig.json"),
      assessments: join(root, "data-export-assessments.yaml"),
      organization: { ciio: false, vehiclesInChina: 1200000 },
      hosts: [
        { match: "*.example-motors.de", jurisdiction: "DE" },
        { match: "telemetry.example-motors.com.cn", jurisdiction: "CN" },
      ],
      deployments: [{ path: "services/eu-portal/**", jurisdiction: "DE" }],
      vehicleSide: ["apps/tbox/**"],
      sanitizers: [
        { function: "blurFacesAndPlates", removes: ["pi.sensitive.exterior-person"], adds: [] },
        { function: "coarsenLocation", removes: ["pi.sensitive.location-trajectory"], adds: [] },
      ],
      exposures: [],
      unknownHosts: "warn",
      rules: {},
    });
  });

  it("uses defaults when there is no file, finding the registry beside the root", () => {
    const bare = project({ "src/a.ts": "" });
    expect(findConfigFile(bare)).toBeUndefined();
    const outcome = loadConfig({ cwd: bare });
    expect(outcome.errors).toEqual([]);
    expect(outcome.value).toEqual({
      root: bare,
      rulePack: "2026",
      extends: [],
      include: [],
      exclude: [],
      allowRead: [],
      organization: {},
      hosts: [],
      deployments: [],
      vehicleSide: [],
      sanitizers: [],
      exposures: [],
      unknownHosts: "warn",
      rules: {},
    });
    const withRegistry = project({ "data-export-assessments.yaml": "version: 1\nassessments: []\n" });
    expect(loadConfig({ cwd: withRegistry }).value.assessments).toBe(join(withRegistry, "data-export-assessments.yaml"));
  });

  it("resolves relative paths against the config's folder, keeps built-in pack ids", () => {
    const root = project({
      "vdx.config.json": JSON.stringify({
        rulePack: "./compliance/pack",
        extends: ["../shared-pack"],
        exposures: [{ path: "/api/**", origins: ["US"] }],
        rules: { "unclassified-signal": "off" },
      }),
    });
    const outcome = loadConfig({ cwd: join(root) });
    expect(outcome.errors).toEqual([]);
    expect(outcome.value.rulePack).toBe(join(root, "compliance/pack"));
    expect(outcome.value.extends).toEqual([join(root, "../shared-pack")]);
    expect(outcome.value.exposures).toEqual([{ path: "/api/**", origins: ["US"] }]);
    expect(outcome.value.rules).toEqual({ "unclassified-signal": "off" });
  });

  it("an empty file is an empty config", () => {
    const root = project({ "vdx.config.yaml": "# nothing yet\n" });
    expect(loadConfig({ cwd: root }).errors).toEqual([]);
  });

  it("an explicit file that does not exist is an error", () => {
    const root = project({});
    const outcome = loadConfig({ cwd: root, explicitFile: "ci/vdx.config.yaml" });
    expect(outcome.errors).toEqual([{ file: join(root, "ci/vdx.config.yaml"), line: 1, column: 1, message: "config file not found" }]);
  });

  it.each([
    [
      "include: []\nunknownHosts: maybe\n",
      'vdx.config.yaml:2:15: unknownHosts must be one of error, warn, ignore (found the string "maybe") (at unknownHosts)',
    ],
    ["unknwonHosts: warn\n", 'vdx.config.yaml:1:1: unknown key "unknwonHosts"; did you mean "unknownHosts"? (at unknwonHosts)'],
    ["vehicleSides: []\n", 'vdx.config.yaml:1:1: unknown key "vehicleSides"; did you mean "vehicleSide"? (at vehicleSides)'],
    [
      "organization:\n  vehicleInChina: 5\n",
      'vdx.config.yaml:2:3: unknown key "vehicleInChina" in organization; did you mean "vehiclesInChina"? (at organization.vehicleInChina)',
    ],
    [
      "organization:\n  vehiclesInChina: -5\n",
      "vdx.config.yaml:2:20: organization.vehiclesInChina must be >= 0 (found number -5) (at organization.vehiclesInChina)",
    ],
    ["organization:\n  ciio: 'no'\n", 'vdx.config.yaml:2:9: organization.ciio must be true or false (found the string "no") (at organization.ciio)'],
    [
      "hosts:\n  - { match: a.example, jurisdiction: de }\n",
      'vdx.config.yaml:2:39: hosts[0].jurisdiction must be an ISO 3166-1 alpha-2 code in upper case (e.g. DE, US, HK) or "internal" (found the string "de") (at hosts[0].jurisdiction)',
    ],
    [
      "hosts:\n  - { match: a.example, jurisdiction: XX }\n",
      'vdx.config.yaml:2:39: hosts[0].jurisdiction: "XX" is not an assigned ISO 3166-1 alpha-2 country code (or "internal") (at hosts[0].jurisdiction)',
    ],
    [
      "deployments:\n  - { path: 'eu/**' }\n",
      'vdx.config.yaml:2:5: deployments[0] is missing the required key "jurisdiction" (at deployments[0].jurisdiction)',
    ],
    [
      "exposures:\n  - { path: /api, origins: [UK] }\n",
      'vdx.config.yaml:2:29: exposures[0].origins[0]: "UK" is not an ISO 3166-1 alpha-2 code; the United Kingdom is "GB" (at exposures[0].origins[0])',
    ],
    [
      "rules:\n  unasessed-export: off\n",
      'vdx.config.yaml:2:3: unknown key "unasessed-export" in rules; did you mean "unassessed-export"? (at rules.unasessed-export)',
    ],
    [
      "rules:\n  unassessed-export: silent\n",
      'vdx.config.yaml:2:22: rules.unassessed-export must be one of error, warn, off (found the string "silent") (at rules.unassessed-export)',
    ],
    ["include: src/**\n", 'vdx.config.yaml:1:10: include must be a list (found the string "src/**") (at include)'],
    ["sanitizers:\n  - { removes: [x] }\n", 'vdx.config.yaml:2:5: sanitizers[0] is missing the required key "function" (at sanitizers[0].function)'],
    ["assessments: records.yaml\n", "vdx.config.yaml:1:14: assessments: the registry file"],
    ["tsconfig: tsconfig.app.json\n", "vdx.config.yaml:1:11: tsconfig:"],
    ["- just\n- a list\n", "vdx.config.yaml:1:1: the document must be a map (key: value) (found a list)"],
    ["include: [a\n", "vdx.config.yaml:"],
  ])("reports %j", (config, expected) => {
    const errors = errorsFor(config);
    expect(
      errors.some((e) => e.startsWith(expected)),
      `${errors.join("\n")}\nshould start with\n${expected}`,
    ).toBe(true);
  });

  it("does not point at a registry that does not exist", () => {
    const root = project({ "vdx.config.yaml": "assessments: records.yaml\n" });
    expect(loadConfig({ cwd: root }).value.assessments).toBeUndefined();
  });

  it("reports positions in JSON configs too", () => {
    const root = project({ "vdx.config.json": '{\n  "include": [],\n  "unknownHosts": "loud"\n}\n' });
    const [error] = loadConfig({ cwd: root }).errors;
    expect(error).toMatchObject({ file: join(root, "vdx.config.json"), line: 3, column: 19, pointer: "/unknownHosts" });
  });
});

describe("checkConfigCategories", () => {
  const pack = fixturePack();
  const root = project({
    "vdx.config.yaml":
      "sanitizers:\n  - function: blur\n    removes: [pi.sensitive.exterior-persn, pi.sensitive.biometric]\n    adds: [none, conn.vehicle-flow]\n",
  });
  const config = loadConfig({ cwd: root }).value;

  it("reports ids the pack does not define, at their position, with suggestions", () => {
    const findings = checkConfigCategories(config, pack);
    expect(findings.map((f) => [f.location.line, f.location.column, f.suggestions?.[0]])).toEqual([
      [3, 15, "pi.sensitive.exterior-person"],
      [4, 18, "conn.vehicle-flow-logistics"],
    ]);
    expect(findings[0]).toMatchObject({ ruleId: "unknown-category", level: "error" });
    expect(findings[0]!.message).toContain('unknown category "pi.sensitive.exterior-persn" in sanitizers[0].removes[0] (sanitizer blur)');
  });

  it("accepts a predicate and the known ids", () => {
    expect(checkConfigCategories(config, (id) => pack.categories.has(id), pack.categories.keys())).toHaveLength(2);
  });
});
