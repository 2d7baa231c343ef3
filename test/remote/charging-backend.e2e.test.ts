import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { lineOf, resultsOf, scanExampleSarif, snapshotText } from "../e2e/example-scan.js";
import { expectFinding, unexpectedExportFindings, type ExpectedFinding } from "../e2e/key-findings.js";

// Key findings of examples/charging-backend, checked by hand against its code and the table in its README.
const EXAMPLE = "charging-backend";
const SYNC = "services/eu-roaming/src/session-sync.ts";
const PARTNER = "services/cn-partner-api/src/partner-routes.ts";
const SESSION_PI = ["pi.general.identity-contact", "pi.general.vehicle-identifier"];
// A session row also carries its station and energy: charging-network data (processing abroad concerns PI only).
const SESSION = ["conn.charging-network", ...SESSION_PI];

const EXPECTED: ExpectedFinding[] = [
  {
    ruleId: "unassessed-export",
    file: "services/cn-api/src/app.ts",
    at: "res.json(session);",
    categories: SESSION,
    jurisdiction: "DE",
    destination: "https://dealer.example-motors.de",
  },
  {
    ruleId: "unassessed-export",
    file: "services/cn-api/src/app.ts",
    at: "res.json(await meterValues(req.params.id));",
    categories: ["conn.charging-network"],
    jurisdiction: "DE",
    destination: "https://dealer.example-motors.de",
  },
  {
    ruleId: "unassessed-export",
    file: "services/cn-api/src/archive.ts",
    at: "await archive.putBucketReplication(",
    categories: SESSION,
    jurisdiction: "DE",
    destination: "oss://charging-sessions-dr",
  },
  {
    ruleId: "unassessed-export",
    file: PARTNER,
    at: "res.json(rows[0]);",
    categories: ["pi.general.vehicle-identifier"],
    jurisdiction: "JP",
    destination: "route://JP/partner/v1/sessions/:id/vehicle",
  },
  {
    ruleId: "inadequate-assessment",
    file: SYNC,
    at: "const { rows } = await china.query<ChargeSession>(",
    categories: SESSION,
    jurisdiction: "DE",
    assessment: "SC-2026-0107",
    messageIncludes: ["does not list conn.charging-network, pi.general.identity-contact"],
  },
  {
    ruleId: "inadequate-assessment",
    file: SYNC,
    at: "export async function pullRoamingSessions",
    categories: SESSION_PI,
    jurisdiction: "DE",
    assessment: "SC-2026-0107",
    messageIncludes: ["covers remote-access, not processing-abroad"],
  },
];

describe("examples/charging-backend (remote access and processing abroad)", () => {
  it("reports the remote-access and processing-abroad findings of its README", async () => {
    const { log } = await scanExampleSarif(EXAMPLE);
    const results = resultsOf(log);
    for (const expected of EXPECTED) expectFinding(EXAMPLE, results, expected);
    const behaviourAt = (file: string, at: string) =>
      results
        .filter(
          (r) =>
            (r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? "").endsWith(file) &&
            r.locations?.[0]?.physicalLocation?.region?.startLine === lineOf(EXAMPLE, file, at),
        )
        .map((r) => r.properties?.behaviour);
    expect(behaviourAt(SYNC, "export async function pullRoamingSessions")).toEqual(["processing-abroad"]);
    expect(behaviourAt(SYNC, "const { rows } = await china.query<ChargeSession>(")).toEqual(["remote-access"]);
  });

  it("names the record once in each message and lists what it lacks after it", async () => {
    const { log } = await scanExampleSarif(EXAMPLE);
    const results = resultsOf(log);
    const read = expectFinding(EXAMPLE, results, EXPECTED[4]!);
    const processing = expectFinding(EXAMPLE, results, EXPECTED[5]!);
    expect(read.message?.text).toContain(
      ", but record SC-2026-0107 does not list conn.charging-network, pi.general.identity-contact; is a standard-contract; requires security assessment",
    );
    expect(processing.message?.text).toContain(
      ", but record SC-2026-0107 covers remote-access, not processing-abroad; does not list pi.general.identity-contact; requires ",
    );
    for (const result of [read, processing]) expect(result.message?.text?.split("SC-2026-0107")).toHaveLength(2);
  });

  it("reports nothing else: unclassified reads and routes, the covered CDR push and its handler abroad stay quiet", async () => {
    const { log } = await scanExampleSarif(EXAMPLE);
    const allowed = EXPECTED.map(({ file, at, ruleId }) => ({ file, at, ruleId }));
    expect(unexpectedExportFindings(EXAMPLE, resultsOf(log), allowed)).toEqual([]);
  });

  it("gives the SARIF of the committed snapshot (normalised: relative URIs, sorted, no tool version)", async () => {
    const { log } = await scanExampleSarif(EXAMPLE);
    await expect(snapshotText(log)).toMatchFileSnapshot(join("__snapshots__", `${EXAMPLE}.sarif.json`));
  });
});
