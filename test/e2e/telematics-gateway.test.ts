import { beforeAll, describe, expect, it } from "vitest";
import type { SarifResult } from "./normalise-sarif.js";
import { lineOf, resultsOf, scanExampleSarif } from "./example-scan.js";
import { describeResult, expectFinding, fileOf, lineOfResult, unexpectedExportFindings, type ExpectedFinding } from "./key-findings.js";

// Key findings of examples/telematics-gateway (owned by the CLI engineer), checked by hand against
// its code and the table in its README.
const EXAMPLE = "telematics-gateway";
const UPLOADER = "src/upload/uploader.ts";

const DIAGNOSTIC_SNAPSHOT: ExpectedFinding = {
  ruleId: "vehicle-direct-export",
  file: "src/apps/tbox/tbox-app.ts",
  at: "await fetch(EU_DIAGNOSTICS",
  // Only the paths it sends: the VSS batch read is field-sensitive by path (not speed or battery data).
  categories: ["pi.general.vehicle-identifier", "pi.sensitive.location-trajectory"],
  jurisdiction: "DE",
  destination: "https://diag.example-motors.de/v1/snapshots",
};

const EXPECTED: ExpectedFinding[] = [
  {
    ruleId: "unknown-category",
    file: "data-export-assessments.yaml",
    at: "pi.sensitive.location-trajectroy",
    messageIncludes: ['did you mean "pi.sensitive.location-trajectory"'],
  },
  {
    ruleId: "inadequate-assessment",
    file: UPLOADER,
    at: "await postJson(EU_TRIP_ANALYTICS, {",
    categories: ["pi.general.driving-behaviour", "pi.general.vehicle-identifier", "pi.sensitive.location-trajectory"],
    jurisdiction: "DE",
    destination: "https://analytics.example-motors.de/v1/trips",
    assessment: "SA-2026-0201",
    messageIncludes: ["does not list"],
  },
  {
    ruleId: "inadequate-assessment",
    file: UPLOADER,
    at: "await postJson(EU_CRM, profile)",
    categories: ["pi.general.identity-contact", "pi.general.vehicle-identifier"],
    jurisdiction: "DE",
    destination: "https://crm.example-motors.de/api/customers",
    assessment: "SC-2023-0007",
    messageIncludes: ["expired", "2025-12-31"],
  },
  {
    ruleId: "unresolved-destination",
    file: UPLOADER,
    at: "process.env.PARTNER_WEBHOOK_URL",
    categories: ["pi.general.vehicle-identifier"],
    jurisdiction: "unknown",
    messageIncludes: ["read from environment variable PARTNER_WEBHOOK_URL"],
  },
  DIAGNOSTIC_SNAPSHOT,
];

let results: SarifResult[] = [];
beforeAll(async () => {
  results = resultsOf((await scanExampleSarif(EXAMPLE)).log);
});

describe("examples/telematics-gateway: key findings", () => {
  it.each(EXPECTED.map((e) => [`${e.ruleId} ${e.file}:${e.at}`, e] as const))("%s", (_label, expected) => {
    expectFinding(EXAMPLE, results, expected);
  });

  it("reports nothing for the cited, covered fleet-health feed, the sanitised region stats and the domestic uploads", () => {
    const quiet = [
      { file: UPLOADER, at: "await postJson(EU_FLEET_HEALTH, health)" },
      { file: UPLOADER, at: "await postJson(EU_TRIP_ANALYTICS, { region" },
      { file: UPLOADER, at: "await postJson(DOMESTIC_TSP, state)" },
      { file: "src/apps/tbox/tbox-app.ts", at: "await fetch(TSP_INGEST" },
    ];
    for (const { file, at } of quiet) {
      const line = lineOf(EXAMPLE, file, at);
      expect(results.filter((r) => fileOf(r) === file && lineOfResult(r) === line).map(describeResult), `${file}:${line}`).toEqual([]);
    }
  });

  it("reports no export finding beyond the expected ones", () => {
    expect(unexpectedExportFindings(EXAMPLE, results, EXPECTED)).toEqual([]);
  });

  it("says each thing once: the on-vehicle rule after what is sent, the record once", () => {
    const snapshot = expectFinding(EXAMPLE, results, DIAGNOSTIC_SNAPSHOT).message?.text ?? "";
    expect(snapshot.split("on-vehicle code sends")).toHaveLength(2);
    expect(snapshot.split("https://diag.example-motors.de/v1/snapshots")).toHaveLength(2);
    const trip = results.find((r) => r.ruleId === "inadequate-assessment" && (r.message?.text ?? "").includes("SA-2026-0201"));
    expect(trip?.message?.text?.split("SA-2026-0201")).toHaveLength(2);
  });
});
