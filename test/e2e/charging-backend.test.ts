import { beforeAll, describe, expect, it } from "vitest";
import type { SarifResult } from "./normalise-sarif.js";
import { lineOf, resultsOf, scanExampleSarif } from "./example-scan.js";
import { describeResult, expectFinding, fileOf, lineOfResult, unexpectedExportFindings, type ExpectedFinding } from "./key-findings.js";

// Key findings of examples/charging-backend (owned by the remote-access engineer; its own test is
// test/remote/charging-backend.e2e.test.ts), checked against its code and the table in its README.
const EXAMPLE = "charging-backend";
const SESSION_PI = ["pi.general.identity-contact", "pi.general.vehicle-identifier"];
// A session row also carries its station and energy: charging-network data (processing abroad concerns PI only).
const SESSION = ["conn.charging-network", ...SESSION_PI];

const EXPECTED: ExpectedFinding[] = [
  {
    ruleId: "unassessed-export",
    file: "services/cn-api/src/app.ts",
    at: "res.json(session)",
    categories: SESSION,
    jurisdiction: "DE",
    behaviour: "remote-access",
  },
  {
    ruleId: "unassessed-export",
    file: "services/cn-api/src/app.ts",
    at: "res.json(await meterValues(",
    categories: ["conn.charging-network"],
    jurisdiction: "DE",
    behaviour: "remote-access",
  },
  {
    ruleId: "unassessed-export",
    file: "services/cn-api/src/archive.ts",
    at: "archive.putBucketReplication(",
    categories: SESSION,
    jurisdiction: "DE",
    destination: "oss://charging-sessions-dr",
    behaviour: "remote-access",
  },
  {
    ruleId: "unassessed-export",
    file: "services/cn-partner-api/src/partner-routes.ts",
    at: "res.json(rows[0])",
    categories: ["pi.general.vehicle-identifier"],
    jurisdiction: "JP",
    behaviour: "remote-access",
  },
  {
    ruleId: "inadequate-assessment",
    file: "services/eu-roaming/src/session-sync.ts",
    at: "await china.query<ChargeSession>(",
    categories: SESSION,
    jurisdiction: "DE",
    behaviour: "remote-access",
    assessment: "SC-2026-0107",
  },
  {
    ruleId: "inadequate-assessment",
    file: "services/eu-roaming/src/session-sync.ts",
    at: "export async function pullRoamingSessions",
    categories: SESSION_PI,
    jurisdiction: "DE",
    behaviour: "processing-abroad",
    assessment: "SC-2026-0107",
  },
];

let results: SarifResult[] = [];
beforeAll(async () => {
  results = resultsOf((await scanExampleSarif(EXAMPLE)).log);
});

describe("examples/charging-backend: key findings", () => {
  it.each(EXPECTED.map((e) => [`${e.ruleId} ${e.file}:${e.at}`, e] as const))("%s", (_label, expected) => {
    expectFinding(EXAMPLE, results, expected);
  });

  it("reports nothing for station data, the column-picked partner query, the domestic archive and the covered CDR push", () => {
    const quiet = [
      { file: "services/cn-api/src/app.ts", at: "res.json(await stations())" },
      { file: "services/cn-partner-api/src/partner-routes.ts", at: "res.json(rows);" },
      { file: "services/eu-roaming/src/session-sync.ts", at: "await china.query<Station>(" },
      { file: "services/cn-api/src/archive.ts", at: "await archive.put(" },
    ];
    for (const { file, at } of quiet) {
      const line = lineOf(EXAMPLE, file, at);
      expect(results.filter((r) => fileOf(r) === file && lineOfResult(r) === line).map(describeResult), `${file}:${line}`).toEqual([]);
    }
    expect(results.filter((r) => fileOf(r) === "services/cn-api/src/roaming-push.ts").map(describeResult)).toEqual([]);
  });

  it("reports no export finding beyond the expected ones", () => {
    expect(unexpectedExportFindings(EXAMPLE, results, EXPECTED)).toEqual([]);
  });
});
