import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatInputError } from "../input/positioned-document.js";
import { fixturePack } from "../verdict/fixtures/fixture-pack.js";
import { checkRegistryCategories } from "./check-registry-categories.js";
import { loadRegistry } from "./load-registry.js";

const directory = mkdtempSync(join(tmpdir(), "vdx-registry-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
let counter = 0;
function write(text: string, extension = "yaml"): string {
  const file = join(directory, `registry-${counter++}.${extension}`);
  writeFileSync(file, text);
  return file;
}

const CONTRACT_EXAMPLE = `version: 1
assessments:
  - id: SA-2026-0142                 # the approval / filing / contract reference
    mechanism: security-assessment
    exemption: null
    recipient: { name: "Example Motors GmbH", country: DE }
    destinations: ["telemetry.example-motors.de", "s3://example-eu-logs"]
    categories: [pi.general.vehicle-identifier, conn.operating-condition]
    scale: { individuals: 250000, sensitiveIndividuals: 0, vehicles: 250000 }
    mapApproval: null
    validFrom: 2026-03-01
    validUntil: 2029-02-28
`;

function recordYaml(fields: Record<string, string>): string {
  const base: Record<string, string> = {
    id: "R-1",
    mechanism: "standard-contract",
    recipient: "{ name: Example, country: DE }",
    destinations: "[api.example.de]",
    categories: "[pi.general.vehicle-identifier]",
    validFrom: "2026-01-01",
    validUntil: "2026-12-31",
    ...fields,
  };
  return `version: 1\nassessments:\n  - ${Object.entries(base)
    .filter(([, v]) => v !== "")
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n    ")}\n`;
}

function errorsOf(text: string): string[] {
  return loadRegistry(write(text)).errors.map(formatInputError);
}

describe("loadRegistry", () => {
  it("loads the contracts.md example; dates stay YYYY-MM-DD strings", () => {
    const file = write(CONTRACT_EXAMPLE);
    const outcome = loadRegistry(file);
    expect(outcome.errors).toEqual([]);
    const [record] = outcome.value.records;
    expect(record).toMatchObject({
      id: "SA-2026-0142",
      mechanism: "security-assessment",
      exemption: null,
      recipient: { name: "Example Motors GmbH", country: "DE" },
      destinations: ["telemetry.example-motors.de", "s3://example-eu-logs"],
      scale: { individuals: 250000, sensitiveIndividuals: 0, vehicles: 250000 },
      validFrom: "2026-03-01",
      validUntil: "2029-02-28",
    });
    expect(typeof record!.validFrom).toBe("string");
    expect(record!.definedAt).toMatchObject({ file, line: 3, column: 5 });
  });

  it("loads the same registry written as JSON", () => {
    const json = JSON.stringify(
      {
        version: 1,
        assessments: [
          {
            id: "SC-1",
            mechanism: "standard-contract",
            recipient: { name: "X", country: "SG" },
            destinations: ["*.x.sg"],
            categories: ["pi.general.app-usage"],
            validFrom: "2026-01-01",
            validUntil: "2027-01-01",
          },
        ],
      },
      null,
      2,
    );
    const outcome = loadRegistry(write(json, "json"));
    expect(outcome.errors).toEqual([]);
    expect(outcome.value.records[0]).toMatchObject({ id: "SC-1", exemption: null, mapApproval: null, scale: {} });
  });

  it.each([
    [{ validUntil: "2026-02-30" }, ':9:17: assessments[0].validUntil: "2026-02-30" does not exist: February 2026 has 28 days (at assessments[0].validUntil)'],
    [{ validFrom: "2027-01-01" }, ":9:17: assessments[0].validUntil (2026-12-31) is before validFrom (2027-01-01)"],
    [{ validFrom: "01.03.2026" }, ":8:16: assessments[0].validFrom must be a calendar date written YYYY-MM-DD"],
    [{ mechanism: "exemption" }, ':4:16: assessments[0]: mechanism is exemption, so "exemption" must name one of E1–E9'],
    [{ exemption: "E2" }, ":10:16: assessments[0].exemption must be null unless mechanism is exemption (mechanism is standard-contract)"],
    [{ mechanism: "exemption", exemption: "E10" }, ":10:16: assessments[0].exemption must be one of E1, E2, E3, E4, E5, E6, E7, E8, E9, null"],
    [
      { mechanism: "contract" },
      ':4:16: assessments[0].mechanism must be one of security-assessment, standard-contract, certification, exemption (found the string "contract"); did you mean "standard-contract"?',
    ],
    [{ recipient: "{ name: X, country: de }" }, ":5:36: assessments[0].recipient.country must be an ISO 3166-1 alpha-2 country code in upper case"],
    [{ recipient: "{ name: X, country: XX }" }, ':5:36: assessments[0].recipient.country: "XX" is not an assigned ISO 3166-1 alpha-2 country code'],
    [{ validUnitl: "2026-12-31" }, ':10:5: unknown key "validUnitl" in assessments[0]; did you mean "validUntil"?'],
    [{ destinations: "[]" }, ":6:19: assessments[0].destinations must list at least 1 item(s)"],
    [{ destinations: '["https://"]' }, ':6:20: assessments[0].destinations[0]: "https://" is not a host glob, URL or bucket URL'],
    [{ recipient: "" }, ':3:5: assessments[0] is missing the required key "recipient"'],
    [{ scale: "{ individuals: -1 }" }, ":10:27: assessments[0].scale.individuals must be >= 0"],
    [{ scale: "{ individuals: lots }" }, ':10:27: assessments[0].scale.individuals must be a whole number (found the string "lots")'],
  ])("reports %j with its position", (fields, expected) => {
    const errors = errorsOf(recordYaml(fields));
    expect(
      errors.some((e) => e.includes(expected)),
      `${errors.join("\n")}\nshould contain\n${expected}`,
    ).toBe(true);
  });

  it("reports a duplicate id at the second record and names the first", () => {
    const text = CONTRACT_EXAMPLE + CONTRACT_EXAMPLE.split("\n").slice(2).join("\n");
    expect(errorsOf(text)).toEqual([expect.stringContaining(':13:9: assessments[1].id "SA-2026-0142" is already used by assessments[0] (line 3)')]);
  });

  it("reports a wrong version and a missing list", () => {
    expect(errorsOf("version: 2\n")).toEqual([
      expect.stringContaining(':1:1: the document is missing the required key "assessments"'),
      expect.stringContaining(":1:10: version must be 1 (found number 2)"),
    ]);
  });

  it("reports YAML syntax errors with their position and never throws", () => {
    const errors = errorsOf("version: 1\nassessments:\n  - id: [unclosed\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/registry-\d+\.yaml:\d+:\d+: /);
  });

  it("reports a missing or binary file", () => {
    expect(loadRegistry(join(directory, "nope.yaml")).errors[0]!.message).toBe("cannot read the assessment registry: no such file");
    const binary = join(directory, "binary.yaml");
    writeFileSync(binary, Buffer.from([0x76, 0x00, 0x01]));
    expect(loadRegistry(binary).errors[0]!.message).toContain("NUL byte");
  });

  it("keeps E1 and E9 declarations", () => {
    const outcome = loadRegistry(
      write(recordYaml({ mechanism: "exemption", exemption: "E9", freeTradeZone: "{ zone: Lingang, negativeList: 'List 2025' }", collectedIn: "DE" })),
    );
    expect(outcome.errors).toEqual([]);
    expect(outcome.value.records[0]).toMatchObject({ freeTradeZone: { zone: "Lingang", negativeList: "List 2025" }, collectedIn: "DE" });
  });
});

describe("checkRegistryCategories", () => {
  const pack = fixturePack();
  it("reports unknown ids as findings at the list item, with did-you-mean", () => {
    const file = write(recordYaml({ categories: "\n      - pi.general.vehicle-identifier\n      - pi.general.vehicle-identifer\n      - none" }));
    const registry = loadRegistry(file).value;
    const findings = checkRegistryCategories(registry, pack);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: "unknown-category", level: "error", location: { file, line: 9, column: 9 } });
    expect(findings[0]!.suggestions?.[0]).toBe("pi.general.vehicle-identifier");
    expect(findings[0]!.message).toContain('unknown category "pi.general.vehicle-identifer" in assessments[0].categories[1] (record R-1)');
    expect(findings[0]!.fingerprint).not.toMatch(/\b9\b/);
  });
  it("accepts a predicate and the known ids instead of a pack", () => {
    const registry = loadRegistry(write(recordYaml({ categories: "[geo.hdmap]" }))).value;
    const findings = checkRegistryCategories(registry, (id) => pack.categories.has(id), pack.categories.keys());
    expect(findings[0]!.suggestions?.[0]).toBe("geo.hd-map");
  });
});
