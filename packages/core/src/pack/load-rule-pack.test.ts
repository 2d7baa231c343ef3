import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatInputError } from "../input/positioned-document.js";
import { resolveCloudRegion, resolveDestination } from "../jurisdiction/resolve-destination.js";
import { isKnownCategoryId, listCategoryIds } from "./category-ids.js";
import { loadRulePack } from "./load-rule-pack.js";

const root = mkdtempSync(join(tmpdir(), "vdx-pack-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes a pack folder under the temporary root and returns its name (relative to the root). */
function packFolder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return name;
}

const load = (extendsFolders: string[], rulePack = "2026") => loadRulePack({ rulePack, extends: extendsFolders, baseDir: root });

describe("loadRulePack: bad input", () => {
  it("reports malformed YAML with file, line and column, and keeps the base pack", () => {
    const folder = packFolder("broken-yaml", { "categories.yaml": "categories:\n  - id: acme.thing\n    name: [unclosed\n" });
    const outcome = load([folder]);
    expect(outcome.errors).toHaveLength(1);
    const [error] = outcome.errors;
    expect(error!.file).toBe(join(root, folder, "categories.yaml"));
    expect(error!.line).toBeGreaterThanOrEqual(3);
    expect(error!.column).toBeGreaterThan(0);
    expect(error!.message).toMatch(/invalid YAML/);
    expect(outcome.value.categories.size).toBe(47);
  });

  it("turns schema violations into errors naming file:line:column and the key", () => {
    const folder = packFolder("schema-violation", {
      "categories.yaml": [
        "categories:",
        "  - id: acme.ok-thing",
        "    name: 好",
        "    title: A fine category",
        "    kind: important",
        "    scenario: production",
        "    mechanism: SA",
        "    sources: [acme]",
        "  - id: acme.bad-thing",
        "    name: 坏",
        "    title: A bad category",
        "    kind: importnt",
        "    scenario: production",
        "    mechanism: SA",
        "    sources: [acme]",
        "    colour: red",
        "",
      ].join("\n"),
    });
    const outcome = load([folder]);
    const messages = outcome.errors.map(formatInputError);
    const file = join(root, folder, "categories.yaml");
    expect(messages).toContainEqual(
      expect.stringMatching(
        new RegExp(`^${escape(file)}:12:11: .*must be one of important, pi, pi-sensitive.*did you mean "important".*\\(at categories\\[1\\]\\.kind\\)$`),
      ),
    );
    expect(messages).toContainEqual(expect.stringMatching(new RegExp(`^${escape(file)}:16:5: unknown key "colour".*\\(at categories\\[1\\]\\.colour\\)$`)));
    // The good entry of the same file is kept; the bad one is left out.
    expect(outcome.value.categories.has("acme.ok-thing")).toBe(true);
    expect(outcome.value.categories.has("acme.bad-thing")).toBe(false);
  });

  it("rejects a category named none (reserved) and a PI category with a scale condition", () => {
    const folder = packFolder("reserved", {
      "categories.yaml": [
        "categories:",
        "  - { id: none, name: 无, title: None, kind: pi, scenario: personal, mechanism: PI-VOL, sources: [x] }",
        "  - id: pi.general.fleet-badge",
        "    name: 工牌",
        "    title: Fleet badge",
        "    kind: pi",
        "    scenario: personal",
        "    mechanism: SA",
        "    importantWhen: { fact: vehiclesInChina, threshold: 1, description: x }",
        "    sources: [x]",
        "",
      ].join("\n"),
    });
    const outcome = load([folder]);
    const keys = outcome.errors.map((e) => e.pointer);
    expect(keys).toContain("/categories/0/id");
    expect(keys).toContain("/categories/1/mechanism");
    expect(keys).toContain("/categories/1/importantWhen");
    expect(outcome.value.categories.has("none")).toBe(false);
    expect(isKnownCategoryId(outcome.value, "none")).toBe(true);
  });

  it("reports a new category that misses required fields", () => {
    const folder = packFolder("incomplete", { "categories.yaml": "categories:\n  - id: acme.half\n    title: Half a category\n" });
    const outcome = load([folder]);
    expect(outcome.errors.map((e) => e.message)).toContainEqual(expect.stringMatching(/missing the required key "kind"/));
    expect(outcome.errors[0]!.line).toBe(2);
  });

  it("reports a wrong country code in a host rule", () => {
    const folder = packFolder("bad-country", {
      "destinations.yaml": "hosts:\n  - match: api.acme.example\n    jurisdiction: UK\n    examples: { match: [api.acme.example], noMatch: [acme.example] }\n",
    });
    const outcome = load([folder]);
    expect(outcome.errors).toHaveLength(1);
    expect(outcome.errors[0]).toMatchObject({ line: 3, pointer: "/hosts/0/jurisdiction" });
    expect(outcome.errors[0]!.message).toMatch(/"GB"/);
  });

  it("names an unknown built-in pack with a suggestion, and a missing extends folder", () => {
    const outcome = load([], "2062");
    expect(outcome.errors[0]!.message).toMatch(/rule pack "2062" not found.*did you mean "2026"/);
    expect(outcome.value.categories.size).toBe(0);
    const missing = load(["no-such-folder"]);
    expect(missing.errors[0]!.message).toMatch(/no-such-folder.*not a folder/);
    expect(missing.value.categories.size).toBe(47);
  });

  it("names a missing extends folder when the pack without it is already loaded (the cache keeps them apart)", () => {
    expect(load([]).errors).toEqual([]);
    expect(load(["still-no-such-folder"]).errors.map((e) => e.message)).toEqual([expect.stringMatching(/still-no-such-folder.*not a folder/)]);
    expect(load([]).errors).toEqual([]);
  });
});

describe("loadRulePack: extends", () => {
  const acme = packFolder("acme", {
    "categories.yaml": [
      "categories:",
      "  - id: acme.battery-swap-log",
      "    name: 换电记录",
      "    title: Battery-swap station log",
      "    kind: important",
      "    scenario: connected-services",
      "    mechanism: SA",
      "    sources: [Acme data classification 2026]",
      "  - id: conn.charging-network",
      "    importantWhen: { fact: chargingVehicles, threshold: 50000, description: Acme counts stricter }",
      "",
    ].join("\n"),
    "destinations.yaml": [
      "hosts:",
      '  - match: "*.acme-motors.de"',
      "    jurisdiction: DE",
      "    service: Acme EU backend",
      "    examples: { match: [api.acme-motors.de], noMatch: [acme-motors.de] }",
      '  - match: "**.sentry.io"',
      "    jurisdiction: DE",
      "    service: Acme's Sentry relay contract",
      "    examples: { match: [sentry.io], noMatch: [notsentry.io] }",
      "clouds:",
      "  - id: aws",
      "    regions: { eu-central-3: DE }",
      '    examples: { match: ["aws:eu-central-3"], noMatch: ["aws:eu-central-9"] }',
      "internal:",
      "  suffixes: [.acme.corp]",
      "  examples: { match: [build.acme.corp], noMatch: [acme.corp.example.com] }",
      "",
    ].join("\n"),
  });

  it("adds a category and overrides a base category field by field", () => {
    const outcome = load([acme]);
    expect(outcome.errors).toEqual([]);
    const pack = outcome.value;
    expect(listCategoryIds(pack)).toContain("acme.battery-swap-log");
    expect(listCategoryIds(pack).at(-1)).toBe("acme.battery-swap-log");
    expect(pack.categories.get("acme.battery-swap-log")?.definedAt?.file).toBe(join(root, acme, "categories.yaml"));
    const charging = pack.categories.get("conn.charging-network")!;
    expect(charging.importantWhen).toMatchObject({ threshold: 50_000 });
    expect(charging.importantWhen?.exclusive).toBeUndefined();
    expect(charging.name).toBe("充电网运行数据");
    expect(pack.roots).toEqual([expect.stringMatching(/rules[/\\]2026$/), join(root, acme)]);
  });

  it("puts the extending pack's host rules first and merges clouds and the internal block", () => {
    const pack = load([acme]).value;
    const ctx = { pack, hosts: [] };
    expect(resolveDestination("https://api.acme-motors.de/v1", ctx)).toMatchObject({ jurisdiction: "DE", matchedBy: "host-rule", service: "Acme EU backend" });
    // Same glob as the base rule: the extending pack's entry wins the tie.
    expect(resolveDestination("o1.ingest.sentry.io", ctx)).toMatchObject({ jurisdiction: "DE", service: "Acme's Sentry relay contract" });
    expect(resolveCloudRegion("aws", "eu-central-3", ctx).jurisdiction).toBe("DE");
    expect(resolveCloudRegion("aws", "eu-central-1", ctx).jurisdiction).toBe("DE");
    expect(resolveDestination("bucket.s3.eu-central-3.amazonaws.com", ctx).jurisdiction).toBe("DE");
    expect(resolveDestination("build.acme.corp", ctx).jurisdiction).toBe("internal");
    expect(resolveDestination("localhost", ctx).jurisdiction).toBe("internal");
    const aws = pack.destinations.clouds.find((c) => c.id === "aws")!;
    expect(aws.examples.match).toContain("aws:eu-central-3");
    expect(aws.hostPatterns.length).toBeGreaterThan(5);
  });

  it("lets a later extending folder win over an earlier one", () => {
    const later = packFolder("later", {
      "categories.yaml": "categories:\n  - id: acme.battery-swap-log\n    title: Battery-swap log (renamed)\n",
    });
    const pack = load([acme, later]).value;
    expect(pack.categories.get("acme.battery-swap-log")).toMatchObject({ title: "Battery-swap log (renamed)", name: "换电记录", kind: "important" });
  });

  it("reports unknown category ids in a user pack with did-you-mean, as findings", () => {
    const typo = packFolder("typo", {
      "exemptions.yaml": "exemptions:\n  - id: E5\n    coversCategories: [sec.vulnerabilty]\n",
      "signals.yaml": "signals:\n  - category: ad.lidar-pointclouds\n    terms: []\n    vss: []\n    types: []\n",
    });
    const outcome = load([typo]);
    expect(outcome.errors).toEqual([]);
    const findings = outcome.findings;
    expect(findings).toHaveLength(2);
    const exemption = findings.find((f) => f.message.includes("sec.vulnerabilty"))!;
    expect(exemption).toMatchObject({ ruleId: "unknown-category", level: "error", suggestions: ["sec.vulnerability"] });
    expect(exemption.location).toMatchObject({ file: join(root, typo, "exemptions.yaml"), line: 3 });
    expect(exemption.message).toMatch(/did you mean "sec.vulnerability"/);
    // Identity without the machine's paths (the report adds the file relative to the scan root).
    expect(exemption.fingerprint).toBe("unknown-category|/exemptions/0/coversCategories/0|sec.vulnerabilty");
    const signal = findings.find((f) => f.message.includes("ad.lidar-pointclouds"))!;
    expect(signal.suggestions).toContain("ad.lidar-pointcloud");
    expect(signal.location).toMatchObject({ file: join(root, typo, "signals.yaml"), line: 2 });
    // The override itself is field-level: E5 keeps its filing requirement.
    expect(outcome.value.exemptions.get("E5")?.requiresFilingReference).toBe(true);
  });

  it("merges signals of one category: new terms are added, a term with the same parts replaces the earlier one", () => {
    const term = (parts: string, confidence: number) =>
      `      - { parts: [${parts}], confidence: ${confidence}, examples: { match: [${parts.replace(/, /g, "")}], noMatch: [zzz] } }`;
    const first = packFolder("signals-a", {
      "signals.yaml": [
        "signals:",
        "  - category: acme.badge",
        "    terms:",
        term("badge", 0.6),
        term("badge, id", 0.9),
        "    vss: []",
        "    types: []",
        "",
      ].join("\n"),
      "categories.yaml": "categories:\n  - { id: acme.badge, name: 工牌, title: Badge, kind: pi, scenario: personal, mechanism: PI-VOL, sources: [acme] }\n",
    });
    const second = packFolder("signals-b", {
      "signals.yaml": [
        "signals:",
        "  - category: acme.badge",
        "    terms:",
        term("badge", 0.85),
        term("lanyard", 0.7),
        "    vss: []",
        "    types: []",
        "",
      ].join("\n"),
    });
    const outcome = load([first, second]);
    expect(outcome.errors).toEqual([]);
    const terms = outcome.value.signals.get("acme.badge")!.terms;
    expect(terms.map((t) => [t.parts.join(" "), t.confidence])).toEqual([
      ["badge", 0.85],
      ["badge id", 0.9],
      ["lanyard", 0.7],
    ]);
  });

  it("accepts a category that a later folder defines", () => {
    const uses = packFolder("uses", { "exemptions.yaml": "exemptions:\n  - id: E6\n    coversCategories: [sec.incident, acme.soc-ticket]\n" });
    const defines = packFolder("defines", {
      "categories.yaml":
        "categories:\n  - { id: acme.soc-ticket, name: 工单, title: SOC ticket, kind: important, scenario: security, mechanism: SA*, sources: [acme] }\n",
    });
    expect(load([uses, defines]).findings).toEqual([]);
    expect(load([uses]).findings).toHaveLength(1);
  });

  it("loads a pack folder given by path instead of a built-in id", () => {
    const own = packFolder("own-pack", {
      "pack.yaml": "id: acme-2026\nversion: 1.0.0\ntitle: Acme pack\n",
      "categories.yaml": "categories:\n  - { id: acme.only, name: 唯一, title: Only, kind: pi, scenario: personal, mechanism: PI-VOL, sources: [acme] }\n",
    });
    const outcome = load([], `./${own}`);
    expect(outcome.errors).toEqual([]);
    expect(outcome.value).toMatchObject({ id: "acme-2026", version: "1.0.0", title: "Acme pack" });
    expect(listCategoryIds(outcome.value)).toEqual(["acme.only"]);
  });
});

describe("loadRulePack: cache", () => {
  it("returns the same pack until a file changes", () => {
    const folder = packFolder("cached", { "categories.yaml": "categories: []\n" });
    const first = load([folder]);
    expect(load([folder])).toBe(first);
    const file = join(root, folder, "categories.yaml");
    writeFileSync(file, "categories:\n  - { id: acme.new, name: 新, title: New, kind: pi, scenario: personal, mechanism: PI-VOL, sources: [x] }\n");
    const later = new Date(Date.now() + 5_000);
    utimesSync(file, later, later);
    const second = load([folder]);
    expect(second).not.toBe(first);
    expect(second.value.categories.has("acme.new")).toBe(true);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
