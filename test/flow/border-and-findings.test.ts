import { describe, expect, it } from "vitest";
import { analyzeProject, record, summarise } from "./helpers/flow-project.js";
import { normaliseJurisdiction } from "@vdx/core";

const MODEL = `
export interface Trip {
  id: string;
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
}
export declare function loadTrip(): Trip;
`;
const SEND = (url: string, body = "loadTrip()") => `import axios from "axios"; import { loadTrip } from "../model";
export async function send() {
  await axios.post(${JSON.stringify(url)}, ${body});
}
`;

describe("border logic", () => {
  it("judges HK as foreign and internal hosts as domestic", () => {
    const result = analyzeProject(
      {
        "src/model.ts": MODEL,
        "src/a/hk.ts": SEND("https://api.example-motors.hk/v1"),
        "src/a/internal.ts": SEND("http://10.1.2.3/v1"),
        "src/a/cluster.ts": SEND("http://trips.default.svc.cluster.local/v1"),
      },
      { config: { hosts: [{ match: "*.example-motors.hk", jurisdiction: normaliseJurisdiction("HK") }] } },
    );
    expect(summarise(result)).toEqual(["unassessed-export@src/a/hk.ts:3 pi.general.vehicle-identifier,pi.sensitive.location-trajectory"]);
    expect(result.flows.map((f) => `${f.jurisdiction}:${f.status}`).sort()).toEqual(["HK:gap", "internal:not-export", "internal:not-export"]);
  });

  it("does not report pushes from code deployed abroad (that is processing abroad)", () => {
    const result = analyzeProject(
      {
        "src/model.ts": MODEL,
        "src/eu/send.ts": SEND("https://telemetry.example-motors.de/v1"),
        // Nor as an unresolved destination: a write abroad to a store only the deployment's settings name.
        "src/eu/local.ts": SEND("process.env.LOCAL_STORE_URL").replace('"process.env.LOCAL_STORE_URL"', "process.env.LOCAL_STORE_URL!"),
      },
      {
        config: { deployments: [{ path: "src/eu/**", jurisdiction: normaliseJurisdiction("DE") }] },
      },
    );
    expect(summarise(result)).toEqual([]);
    expect(result.flows.map((f) => f.status).sort()).toEqual(["not-export", "not-export"]);
  });

  it("reports on-vehicle code sending abroad whatever the registry says", () => {
    const covering = record({
      categories: ["pi.sensitive.location-trajectory", "pi.general.vehicle-identifier"],
      mapApproval: "MNR-1",
      scale: { individuals: 1000, sensitiveIndividuals: 1000 },
    });
    const files = {
      "src/model.ts": MODEL,
      "src/tbox/send.ts": SEND("https://telemetry.example-motors.de/v1"),
      "src/cloud/send.ts": SEND("https://telemetry.example-motors.de/v1"),
    };
    const result = analyzeProject(files, { config: { vehicleSide: ["src/tbox/**"] }, records: [covering] });
    expect(summarise(result)).toEqual(["vehicle-direct-export@src/tbox/send.ts:3 pi.general.vehicle-identifier,pi.sensitive.location-trajectory"]);
    expect(result.flows.find((f) => f.location.file.includes("cloud"))?.status).toBe("covered");
  });

  it("applies unknownHosts to unplaceable hosts and unresolved destinations", () => {
    const files = {
      "src/model.ts": MODEL,
      "src/a/vendor.ts": SEND("https://collector.vendor-x.io/v1"),
      "src/a/env.ts":
        SEND("PLACEHOLDER").replace('"PLACEHOLDER"', "process.env.SINK as string") + "declare const process: { env: Record<string, string | undefined> };\n",
    };
    expect(analyzeProject(files, { config: { unknownHosts: "error" } }).findings.map((f) => `${f.ruleId}:${f.level}`)).toEqual([
      "unresolved-destination:error",
      "unresolved-destination:error",
    ]);
    expect(analyzeProject(files, { config: { unknownHosts: "warn" } }).findings.map((f) => f.level)).toEqual(["warn", "warn"]);
    expect(analyzeProject(files, { config: { unknownHosts: "ignore" } }).findings).toEqual([]);
  });

  it("uses an overridable env default and says so", () => {
    const result = analyzeProject({
      "src/model.ts": MODEL,
      "src/a/send.ts":
        SEND("x").replace('"x"', 'process.env.TELEMETRY_URL ?? "https://telemetry.example-motors.de/v1"') +
        "declare const process: { env: Record<string, string | undefined> };\n",
    });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]!.message).toContain("default of $TELEMETRY_URL, overridable at run time");
    expect(result.findings[0]!.details!.join("\n")).toContain("$TELEMETRY_URL overrides it at run time");
  });
});

describe("findings", () => {
  it("carries export properties, a code flow from classification to sink, and full reasoning", () => {
    const expired = record({
      id: "SA-2023-0001",
      destinations: ["telemetry.example-motors.de"],
      categories: ["pi.sensitive.location-trajectory", "pi.general.vehicle-identifier"],
      mapApproval: "MNR-1",
      validFrom: "2023-01-01",
      validUntil: "2025-12-31",
    });
    const [finding] = analyzeProject(
      { "src/model.ts": MODEL, "src/a/send.ts": SEND("https://telemetry.example-motors.de/v1", "{ at: loadTrip().lat }") },
      { records: [expired] },
    ).findings;
    expect(finding!.ruleId).toBe("inadequate-assessment");
    expect(finding!.export).toEqual({
      categories: ["pi.sensitive.location-trajectory"],
      destination: "https://telemetry.example-motors.de/v1",
      jurisdiction: normaliseJurisdiction("DE"),
      behaviour: "push",
      assessment: "SA-2023-0001",
    });
    expect(finding!.flow![0]!.message).toMatch(/^field Trip.lat classified pi.sensitive.location-trajectory/);
    expect(finding!.flow!.at(-1)!.message).toMatch(/^sent by axios-data-method to https:\/\/telemetry.example-motors.de\/v1/);
    expect(finding!.flow!.at(-1)!.location.line).toBe(3);
    const details = finding!.details!.join("\n");
    expect(details).toContain("Trip.lat: pi.sensitive.location-trajectory by annotation");
    expect(details).toContain("jurisdiction DE: host telemetry.example-motors.de matches config hosts entry *.example-motors.de");
    expect(details).toMatch(/Record SA-2023-0001: .*expired/i);
  });

  it("verifies a cited record instead of suppressing", () => {
    const narrow = record({ id: "SA-2026-0009", destinations: ["telemetry.example-motors.de"], categories: ["pi.general.vehicle-identifier"] });
    const source = SEND("https://telemetry.example-motors.de/v1").replace("  await axios", "  // vdx-assessment: SA-2026-0009\n  await axios");
    const [finding] = analyzeProject({ "src/model.ts": MODEL, "src/a/send.ts": source }, { records: [narrow] }).findings;
    expect(finding!.ruleId).toBe("inadequate-assessment");
    expect(finding!.export!.assessment).toBe("SA-2026-0009");
    expect(finding!.details!.join("\n")).toContain("Cited record: SA-2026-0009");
  });

  it("has a fingerprint without line numbers that survives code moving down", () => {
    const url = "https://telemetry.example-motors.de/v1";
    const before = analyzeProject({ "src/model.ts": MODEL, "src/a/send.ts": SEND(url) }).findings[0]!;
    const after = analyzeProject({ "src/model.ts": MODEL, "src/a/send.ts": "\n\n\n" + SEND(url) }).findings[0]!;
    expect(after.location.line).toBe(before.location.line + 3);
    expect(after.fingerprint).toBe(before.fingerprint);
    expect(before.fingerprint).toBe(`unassessed-export|src/a/send.ts|send|pi.general.vehicle-identifier,pi.sensitive.location-trajectory|${url}`);
  });
});
