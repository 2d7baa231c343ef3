import { describe, expect, it } from "vitest";
import type { Finding } from "@vdx/core";
import { analyzeProject, record } from "./helpers/flow-project.js";

const MODEL = `
export interface Trip {
  id: string;
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
  /** @vdx pi.sensitive.location-trajectory */
  lng: number;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
  /** @vdx pi.general.driving-behaviour */
  speed: number;
  /** @vdx pi.general.driving-behaviour */
  braking: number;
}
export declare function loadTrip(): Trip;
declare global { const process: { env: Record<string, string | undefined> } }
`;
const FETCH = (url: string, body = "JSON.stringify(loadTrip())") => `import { loadTrip } from "../model";
export async function send() {
  await fetch(${url}, { method: "POST", body: ${body} });
}
`;
const DE = JSON.stringify("https://telemetry.example-motors.de/v1");

function only(files: Record<string, string>, options: Parameters<typeof analyzeProject>[1] = {}): Finding {
  const { findings } = analyzeProject({ "src/model.ts": MODEL, ...files }, options);
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe("finding messages say each thing once", () => {
  it("vehicle-direct-export: what and where once, then the rule and the fix", () => {
    const finding = only({ "src/tbox/send.ts": FETCH(DE, "JSON.stringify({ vin: loadTrip().vin })") }, { config: { vehicleSide: ["src/tbox/**"] } });
    expect(finding.ruleId).toBe("vehicle-direct-export");
    expect(occurrences(finding.message, "on-vehicle code sends")).toBe(1);
    expect(occurrences(finding.message, "https://telemetry.example-motors.de/v1")).toBe(1);
    expect(occurrences(finding.message, "pi.general.vehicle-identifier")).toBe(1);
    expect(finding.message).toMatch(
      /^on-vehicle code sends pi\.general\.vehicle-identifier \(Trip\.vin\) straight to https:\/\/telemetry\.example-motors\.de\/v1 \(DE\) via fetch; vehicles must not .*GB\/T 44464-2024.*domestic platform/,
    );
  });

  it("inadequate-assessment: names the record once and lists what it lacks", () => {
    const narrow = record({
      id: "SA-2026-0201",
      destinations: ["telemetry.example-motors.de"],
      categories: ["pi.general.vehicle-identifier"],
      scale: { individuals: 1000, sensitiveIndividuals: 100 },
    });
    const finding = only({ "src/a/send.ts": FETCH(DE, "JSON.stringify({ vin: loadTrip().vin, lat: loadTrip().lat })") }, { records: [narrow] });
    expect(finding.ruleId).toBe("inadequate-assessment");
    expect(occurrences(finding.message, "SA-2026-0201")).toBe(1);
    expect(finding.message).toContain("but record SA-2026-0201 does not list pi.sensitive.location-trajectory; requires ");
  });

  it("a too-weak mechanism is named, and the reasons are given once (in requires)", () => {
    const contract = record({
      id: "SC-2026-0031",
      mechanism: "standard-contract",
      destinations: ["telemetry.example-motors.de"],
      categories: ["ad.training-data"],
    });
    const model = `export interface Scenario {\n  /** @vdx ad.training-data */\n  labels: string[];\n}\nexport declare function loadScenario(): Scenario;\n`;
    const finding = only(
      {
        "src/scenario.ts": model,
        "src/a/send.ts": FETCH(DE, "JSON.stringify(loadScenario())").replace(
          'import { loadTrip } from "../model";',
          'import { loadScenario } from "../scenario";',
        ),
      },
      { records: [contract] },
    );
    expect(finding.message).toContain("but record SC-2026-0031 is a standard-contract; requires security assessment: important data (ad.training-data)");
    expect(occurrences(finding.message, "important data (ad.training-data)")).toBe(1);
  });

  it("names every category, at most three fields (+N more); the code flow lists them all", () => {
    const finding = only({ "src/a/send.ts": FETCH(DE) });
    expect(finding.message).toMatch(
      /^pi\.general\.driving-behaviour, pi\.general\.vehicle-identifier, pi\.sensitive\.location-trajectory \(Trip\.\w+, Trip\.\w+, Trip\.\w+, \+2 more\) reaches/,
    );
    expect(finding.message).not.toContain("annotation");
    const last = finding.flow!.at(-1)!.message;
    for (const field of ["Trip.lat", "Trip.lng", "Trip.vin", "Trip.speed", "Trip.braking"]) expect(last).toContain(field);
  });

  it("explain: the sink described once (not inside a step), each record's shortfall once", () => {
    const expired = record({
      id: "SA-2023-0001",
      destinations: ["telemetry.example-motors.de"],
      categories: ["pi.general.vehicle-identifier"],
      validFrom: "2023-01-01",
      validUntil: "2025-12-31",
    });
    const finding = only({ "src/a/send.ts": FETCH(DE, "JSON.stringify({ vin: loadTrip().vin })") }, { records: [expired] });
    const details = finding.details!;
    const text = details.join("\n");
    expect(text).not.toMatch(/Record SA-2023-0001: record SA-2023-0001/);
    expect(details.filter((l) => l.includes("expired: last valid day 2025-12-31"))).toEqual([
      "Record SA-2023-0001: expired: last valid day 2025-12-31, scan date 2026-06-01",
    ]);
    const sinkLines = details.filter((l) => l.includes("WHATWG"));
    expect(sinkLines).toHaveLength(1);
    expect(sinkLines[0]).toMatch(/^Sink: fetch — /);
    expect(details.find((l) => /send\.ts:3:\d+ {2}sent by fetch/.test(l))).toMatch(/sent by fetch$/);
  });
});

describe("explain names each record's shortfalls once", () => {
  it("a missing map approval is said with its record, not as a second sentence naming it again", () => {
    const model = `export interface Fix {\n  /** @vdx geo.high-precision-positioning */\n  rtk: number;\n}\nexport declare function loadFix(): Fix;\n`;
    const noMap = record({ id: "SA-2026-0311", destinations: ["telemetry.example-motors.de"], categories: ["geo.high-precision-positioning"] });
    const source = FETCH(DE, "JSON.stringify(loadFix())").replace('import { loadTrip } from "../model";', 'import { loadFix } from "../fix";');
    const finding = only({ "src/fix.ts": model, "src/a/send.ts": source }, { records: [noMap] });
    expect(finding.message).toContain("but record SA-2026-0311 has no mapApproval; requires ");
    expect(finding.details).toContain("Record SA-2026-0311: has no mapApproval, which geo.high-precision-positioning need for provision abroad");
    expect(finding.details!.join("\n").split("SA-2026-0311")).toHaveLength(2);
  });
});

describe("unresolved destinations read from the environment", () => {
  it("names the variable instead of the empty default's parse error, with no dangling colon", () => {
    const finding = only({ "src/a/send.ts": FETCH('process.env.PARTNER_WEBHOOK_URL ?? ""', "JSON.stringify({ vin: loadTrip().vin })") });
    expect(finding.ruleId).toBe("unresolved-destination");
    expect(finding.message).toContain("(read from environment variable PARTNER_WEBHOOK_URL, with no default vdx can place)");
    expect(finding.message).not.toMatch(/:\s*\)/);
    expect(finding.export!.destination).toBe("<unresolved: $PARTNER_WEBHOOK_URL>");
    expect(finding.details!.join("\n")).toContain("environment variable PARTNER_WEBHOOK_URL");
  });

  it("follows a constant that holds the environment read; a body mentioning process.env is not the destination", () => {
    const source = `import { loadTrip } from "../model";
const PARTNER = process.env.PARTNER_URL || "";
export async function send() {
  await fetch(PARTNER, { method: "POST", body: JSON.stringify({ vin: loadTrip().vin, build: process.env.BUILD_ID }) });
}
`;
    const finding = only({ "src/a/send.ts": source });
    expect(finding.message).toContain("environment variable PARTNER_URL,");
    expect(finding.message).not.toContain("BUILD_ID");
  });

  it("describes other unresolvable destinations by their reason, without a trailing colon", () => {
    const finding = only({ "src/a/send.ts": FETCH('""', "JSON.stringify({ vin: loadTrip().vin })") });
    expect(finding.message).toContain("relative URL, resolved against the page or base at run time (the value is empty)");
    expect(finding.export!.destination).not.toMatch(/: >$/);
  });
});
