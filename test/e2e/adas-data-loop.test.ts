import { cpSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { normaliseSarif, type SarifResult } from "./normalise-sarif.js";
import { AS_OF, EXAMPLES_DIR, resultsOf, runVdx, scanExampleSarif } from "./example-scan.js";
import { describeResult, expectFinding, fileOf, unexpectedExportFindings, type ExpectedFinding } from "./key-findings.js";

// Key findings of examples/adas-data-loop, checked by hand against its code (see its README).
const EXAMPLE = "adas-data-loop";

/** Everything a whole clip carries once its camera frames went through blurFacesAndPlates. */
const ANONYMISED_CLIP = ["ad.exterior-imagery", "ad.lidar-pointcloud", "ad.road-test", "geo.high-precision-positioning", "pi.general.vehicle-identifier"];

const EU_BUCKET: ExpectedFinding = {
  ruleId: "inadequate-assessment",
  file: "src/cloud/upload/eu-bucket.ts",
  at: "new Upload({",
  categories: ANONYMISED_CLIP,
  jurisdiction: "DE",
  destination: "s3://adas-clips-eu-central",
  assessment: "SA-2026-0311",
  messageIncludes: ["ad.lidar-pointcloud", "no mapApproval"],
};

const REPLAY: ExpectedFinding = {
  ruleId: "unassessed-export",
  file: "src/cloud/upload/replay.ts",
  at: "uploadClip(UPLOAD_ENDPOINT, anonymised)",
  categories: ANONYMISED_CLIP,
  jurisdiction: "DE",
  destination: "https://dataloop.example-motors.de/api/clips",
};

const EXPECTED: ExpectedFinding[] = [
  EU_BUCKET,
  REPLAY,
  {
    ruleId: "inadequate-assessment",
    file: "src/cloud/upload/disengagement-report.ts",
    at: "await fetch(SAFETY_REPORT_URL",
    categories: ["ad.road-test", "pi.general.vehicle-identifier"],
    jurisdiction: "DE",
    destination: "https://safety.example-motors.de/api/v2/disengagements",
    assessment: "SA-2022-0815",
    messageIncludes: ["expired", "2025-08-31"],
  },
  {
    ruleId: "inadequate-assessment",
    file: "src/cloud/scenario/scenario-sync.ts",
    at: "await fetch(SCENARIO_SYNC_URL",
    // The ego trajectory is destructured away: only the labels' training data leaves.
    categories: ["ad.training-data"],
    jurisdiction: "DE",
    destination: "https://sim.example-motors.de/api/scenarios",
    assessment: "SC-2026-0031",
    messageIncludes: ["standard-contract", "security assessment"],
  },
  {
    ruleId: "unassessed-export",
    file: "src/cloud/telemetry/error-reporter.ts",
    at: "Sentry.captureException(error",
    categories: ["geo.high-precision-positioning", "pi.general.vehicle-identifier"],
    jurisdiction: "DE",
    destination: "https://o4507123.ingest.de.sentry.io",
  },
];

/** The Datadog call sends counts only. */
const METRICS_CALL = { file: "src/cloud/telemetry/training-metrics.ts", at: "await metrics.submitMetrics(" };
/** MinIO inside the cluster (its `us-east-1` is only a signing region). */
const MINIO_CALL = { file: "src/cloud/upload/hot-store.ts", at: "await minio.send(" };

let results: SarifResult[] = [];
beforeAll(async () => {
  results = resultsOf((await scanExampleSarif(EXAMPLE)).log);
});

describe("examples/adas-data-loop: key findings", () => {
  it.each(EXPECTED.map((e) => [`${e.ruleId} ${e.file}`, e] as const))("%s", (_label, expected) => {
    expectFinding(EXAMPLE, results, expected);
  });

  it("the helper's foreign caller gets the finding at its call, with the overridable env default as destination", () => {
    const replay = expectFinding(EXAMPLE, results, REPLAY);
    expect(replay.message?.text).toContain("default of $UPLOAD_ENDPOINT");
    // uploadClip's inner fetch is not a location of its own; the domestic caller (the vehicle) has none.
    expect(results.filter((r) => fileOf(r) === "src/shared/upload-clip.ts")).toEqual([]);
    expect(results.filter((r) => fileOf(r) === "src/vehicle/trigger-recorder.ts" && r.ruleId !== "unclassified-signal")).toEqual([]);
  });

  it("reports nothing for the domestic OSS bucket and the vehicle's domestic upload", () => {
    for (const file of ["src/cloud/upload/domestic-oss.ts", "src/vehicle/trigger-recorder.ts"]) {
      expect(results.filter((r) => fileOf(r) === file && r.ruleId !== "unclassified-signal").map(describeResult), file).toEqual([]);
    }
  });

  it("reports no export finding beyond the expected ones", () => {
    expect(unexpectedExportFindings(EXAMPLE, results, EXPECTED)).toEqual([]);
  });

  it("the S3 client's custom endpoint (MinIO in the cluster) decides over its signing region: no finding", () => {
    expect(results.filter((r) => fileOf(r) === MINIO_CALL.file).map(describeResult)).toEqual([]);
  });

  it("the sanitizer blurFacesAndPlates removes pi.sensitive.exterior-person from the EU bucket and replay flows", () => {
    for (const expected of [EU_BUCKET, REPLAY]) {
      expect(expectFinding(EXAMPLE, results, expected).properties?.categories).not.toContain("pi.sensitive.exterior-person");
    }
  });

  it("sending only counts of classified arrays (metrics) is not an export", () => {
    expect(results.filter((r) => fileOf(r) === METRICS_CALL.file).map(describeResult)).toEqual([]);
  });
});

describe("examples/adas-data-loop: inventory", () => {
  let flows: InventoryFlow[] = [];
  const at = (file: string) =>
    flows.filter((f) => f.file === file).map((f) => ({ destination: f.destination, jurisdiction: f.jurisdiction, status: f.status }));
  beforeAll(async () => {
    const cli = await runVdx(["inventory", `examples/${EXAMPLE}`, "--as-of", AS_OF, "--format", "json"]);
    expect(cli.stderr).toBe("");
    flows = (JSON.parse(cli.stdout) as { flows: InventoryFlow[] }).flows;
  });

  it("lists the domestic flows it judged not to be exports, with their destinations", () => {
    expect(at("src/cloud/upload/domestic-oss.ts")).toEqual([
      { destination: "oss://adas-clips-raw", jurisdiction: "CN", status: "not-export" },
      { destination: "oss://adas-scenario-library", jurisdiction: "CN", status: "not-export" },
    ]);
    expect(at("src/vehicle/trigger-recorder.ts")).toEqual([
      { destination: "https://ingest.dataloop.example-motors.com.cn/v1/clips", jurisdiction: "CN", status: "not-export" },
    ]);
  });

  it("lists the MinIO hot store as internal", () => {
    expect(at(MINIO_CALL.file)).toEqual([{ destination: "s3://clips-hot", jurisdiction: "internal", status: "not-export" }]);
  });
});

interface InventoryFlow {
  file: string;
  destination: string;
  jurisdiction: string;
  status: string;
}

describe("examples/adas-data-loop: independent of where it is scanned from", () => {
  // contracts.md: paths relative to the scan root; a baseline recorded in one directory must hold in another
  // (`generated-from:` evidence and the fingerprints of TypeScript findings once depended on the cwd).
  it("a copy scanned from its own folder gives the same messages and fingerprints", async () => {
    const copy = realpathSync(mkdtempSync(join(tmpdir(), "vdx-e2e-adas-")));
    let elsewhere: SarifResult[];
    try {
      cpSync(join(EXAMPLES_DIR, EXAMPLE), copy, { recursive: true });
      const cli = await runVdx(["scan", ".", "--as-of", AS_OF, "--format", "sarif"], copy);
      elsewhere = resultsOf(normaliseSarif(JSON.parse(cli.stdout), { roots: [copy] }));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
    const summary = (r: SarifResult) => ({ ruleId: r.ruleId, file: fileOf(r), message: r.message?.text, fingerprints: r.partialFingerprints });
    expect(elsewhere.map(summary)).toEqual(results.map(summary));
  });
});
