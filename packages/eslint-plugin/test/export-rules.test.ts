import { noInadequateAssessment } from "../src/rules/no-inadequate-assessment.js";
import { noUnassessedExport } from "../src/rules/no-unassessed-export.js";
import { noUnresolvedDestination } from "../src/rules/no-unresolved-destination.js";
import { noVehicleDirectExport } from "../src/rules/no-vehicle-direct-export.js";
import { fixtureFile, runRule, syntacticRuleTester, typedRuleTester } from "./rule-tester.js";

const filename = fixtureFile("src/file.ts");
const vehicleFile = fixtureFile("src/vehicle/file.ts");

/** Upload code sending `fields` of a Trip (src/model.ts) to the endpoint constant `endpoint` (src/endpoints.ts). */
const upload = (endpoint: string, fields: string, prefix = "./", citation = "") =>
  `import type { Trip } from "${prefix}model.js";
import { ${endpoint} } from "${prefix}endpoints.js";
export async function upload(trip: Trip) {
${citation}  await fetch(${endpoint}, { method: "POST", body: JSON.stringify({ ${fields} }) });
}
`;

/** Everything in one file: what the rules can back without type information. */
const selfContained = (url: string) => `interface Fix {
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
}
export async function upload(fix: Fix) {
  await fetch("${url}", { method: "POST", body: JSON.stringify({ lat: fix.lat }) });
}
`;

const vssRead = `declare const kuksa: { get(path: string): Promise<number> };
export async function upload() {
  const lat = await kuksa.get("Vehicle.CurrentLocation.Latitude");
  await fetch("https://telemetry.example-motors.de/v1/live", { method: "POST", body: JSON.stringify({ lat }) });
}
`;

const envWithoutDefault = `import type { Trip } from "./model.js";
export async function upload(trip: Trip) {
  await fetch(process.env.UPLOAD_URL!, { method: "POST", body: JSON.stringify({ lat: trip.lat }) });
}
`;

const LOCATION = "pi.sensitive.location-trajectory";
const VIN = "pi.general.vehicle-identifier";
/** What the fixture registry asks of sensitive PI when no record declares how many people it is about. */
const SECURITY_ASSESSMENT = "security assessment: sensitive PI (number of people not declared in any record: take the higher level)";

/**
 * An export message as the rule reports it: the core's message id and data
 * (the CLI's sentence, from its message table) and what the editor appends.
 * The cases run with `showFlow: false`; export-messages.test.ts checks the path.
 */
const exportError = (line: number, messageId: string, data: Record<string, string>, coverHint = "") => ({
  messageId,
  line,
  column: 9,
  data: { ...data, period: ".", coverHint, flowPath: "" },
});
const withoutPath = [{ showFlow: false }] as [{ showFlow: boolean }];

/** A push of `payload` to `destination` in Germany with `fetch`. */
const toGermany = (payload: string, destination: string) => ({ payload, destination, jurisdiction: "DE", overridable: "", sink: "fetch" });
const unassessed = (line: number, payload: string, destination: string, host: string, categories: string) =>
  exportError(
    line,
    "unassessedExport",
    { ...toGermany(payload, destination), citedShortfall: "", required: SECURITY_ASSESSMENT },
    ` To cover it: a record in data-export-assessments.yaml with destinations [${host}], categories [${categories}] and the required mechanism; ` +
      "cite it here with // vdx-assessment: <id>.",
  );
const vehicleDirect = (line: number, payload: string, destination: string) => exportError(line, "vehicleDirectExport", toGermany(payload, destination));

const typed = typedRuleTester();
const syntactic = syntacticRuleTester();

runRule(typed, "no-unassessed-export (typed)", noUnassessedExport, {
  valid: [
    { filename, code: upload("DOMESTIC_TELEMETRY", "vin: trip.vin, lat: trip.lat") },
    // Covered by SA-2026-0142 (destination, categories, validity, mechanism).
    { filename, code: upload("COVERED_TELEMETRY", "vin: trip.vin, lat: trip.lat") },
    // Field-sensitive: only a reviewed, unclassified field leaves.
    { filename, code: upload("EU_TELEMETRY", "build: trip.firmwareBuild") },
    { filename, code: selfContained("http://localhost:8080/v1") },
    // On-vehicle code is the vehicle-direct rule's, never this one's.
    { filename: vehicleFile, code: upload("EU_TELEMETRY", "lat: trip.lat", "../") },
  ],
  invalid: [
    {
      filename,
      code: upload("EU_TELEMETRY", "lat: trip.lat"),
      options: withoutPath,
      errors: [unassessed(4, `${LOCATION} (Trip.lat)`, "https://telemetry.example-motors.de/v1/trips", "telemetry.example-motors.de", LOCATION)],
    },
    {
      filename,
      code: selfContained("https://telemetry.example-motors.de/v1"),
      options: withoutPath,
      errors: [unassessed(6, `${LOCATION} (Fix.lat)`, "https://telemetry.example-motors.de/v1", "telemetry.example-motors.de", LOCATION)],
    },
    {
      filename,
      code: vssRead,
      options: withoutPath,
      errors: [
        unassessed(4, `${LOCATION} (Vehicle.CurrentLocation.Latitude)`, "https://telemetry.example-motors.de/v1/live", "telemetry.example-motors.de", LOCATION),
      ],
    },
  ],
});

runRule(syntactic, "no-unassessed-export (no type information)", noUnassessedExport, {
  valid: [
    // The endpoint and the Trip type live in other files: nothing the file alone can back.
    { filename, code: upload("EU_TELEMETRY", "lat: trip.lat") },
    { filename, code: selfContained("https://telemetry.example-motors.com.cn/v1") },
  ],
  invalid: [
    {
      filename,
      code: selfContained("https://telemetry.example-motors.de/v1"),
      options: withoutPath,
      errors: [unassessed(6, `${LOCATION} (Fix.lat)`, "https://telemetry.example-motors.de/v1", "telemetry.example-motors.de", LOCATION)],
    },
    {
      filename,
      code: vssRead,
      options: withoutPath,
      errors: [
        unassessed(4, `${LOCATION} (Vehicle.CurrentLocation.Latitude)`, "https://telemetry.example-motors.de/v1/live", "telemetry.example-motors.de", LOCATION),
      ],
    },
  ],
});

runRule(typed, "no-inadequate-assessment (typed)", noInadequateAssessment, {
  valid: [
    { filename, code: upload("COVERED_TELEMETRY", "vin: trip.vin, lat: trip.lat") },
    { filename, code: upload("EU_TELEMETRY", "lat: trip.lat") }, // no record at all: the unassessed rule's
  ],
  invalid: [
    // SC-2023-0007 matches archive.example-motors.de but expired on 2025-12-31.
    {
      filename,
      code: upload("ARCHIVE", "vin: trip.vin"),
      options: withoutPath,
      errors: [
        exportError(
          4,
          "inadequateAssessment",
          {
            ...toGermany(`${VIN} (Trip.vin)`, "https://archive.example-motors.de/v1/trips"),
            shortfall: "record SC-2023-0007 expired: last valid day 2025-12-31, scan date 2026-06-01",
            required: "no mechanism needed, exempt under E8 (worth recording as an exemption record): ordinary PI of < 100,000 people (declared 50,000)",
          },
          " Update record SC-2023-0007 in data-export-assessments.yaml, or file one that covers this flow.",
        ),
      ],
    },
    // A citation is verified, never a blanket suppression: SA-2026-0142 does not list this destination.
    {
      filename,
      code: upload("EU_TELEMETRY", "lat: trip.lat", "./", "  // vdx-assessment: SA-2026-0142\n"),
      options: withoutPath,
      errors: [
        exportError(
          5,
          "inadequateAssessment",
          {
            ...toGermany(`${LOCATION} (Trip.lat)`, "https://telemetry.example-motors.de/v1/trips"),
            shortfall: "record SA-2026-0142 does not list destination https://telemetry.example-motors.de/v1/trips (it lists covered.example-motors.de)",
            required: "security assessment: sensitive PI of ≥ 10,000 people (declared 250,000)",
          },
          " Update record SA-2026-0142 in data-export-assessments.yaml, or file one that covers this flow.",
        ),
      ],
    },
  ],
});

runRule(typed, "no-vehicle-direct-export (typed)", noVehicleDirectExport, {
  valid: [
    { filename: vehicleFile, code: upload("DOMESTIC_TELEMETRY", "lat: trip.lat", "../") },
    // The same call outside vehicleSide is an ordinary export, not this rule's.
    { filename, code: upload("EU_TELEMETRY", "lat: trip.lat") },
  ],
  invalid: [
    {
      filename: vehicleFile,
      code: upload("EU_TELEMETRY", "lat: trip.lat", "../"),
      options: withoutPath,
      errors: [vehicleDirect(4, `${LOCATION} (Trip.lat)`, "https://telemetry.example-motors.de/v1/trips")],
    },
    // Whatever the registry says: SA-2026-0142 covers covered.example-motors.de, but not for a vehicle.
    {
      filename: vehicleFile,
      code: upload("COVERED_TELEMETRY", "vin: trip.vin, lat: trip.lat", "../"),
      options: withoutPath,
      errors: [vehicleDirect(4, `${VIN}, ${LOCATION} (Trip.lat, Trip.vin)`, "https://covered.example-motors.de/v1/trips")],
    },
  ],
});

runRule(syntactic, "no-vehicle-direct-export (no type information)", noVehicleDirectExport, {
  valid: [{ filename: vehicleFile, code: selfContained("https://telemetry.example-motors.com.cn/v1") }],
  invalid: [
    {
      filename: vehicleFile,
      code: selfContained("https://telemetry.example-motors.de/v1"),
      options: withoutPath,
      errors: [vehicleDirect(6, `${LOCATION} (Fix.lat)`, "https://telemetry.example-motors.de/v1")],
    },
  ],
});

runRule(typed, "no-unresolved-destination (typed)", noUnresolvedDestination, {
  valid: [
    { filename, code: upload("EU_TELEMETRY", "lat: trip.lat") },
    // Unclassified data to an unknown place is nobody's business.
    { filename, code: envWithoutDefault.replace("lat: trip.lat", "build: trip.firmwareBuild") },
  ],
  invalid: [
    {
      filename,
      code: envWithoutDefault,
      options: withoutPath,
      errors: [exportError(3, "unresolvedEnvironment", { payload: `${LOCATION} (Trip.lat)`, variables: "environment variable UPLOAD_URL", sink: "fetch" })],
    },
    // With the default options the message ends with the path from the classified field to the sink.
    {
      filename,
      code: envWithoutDefault,
      errors: [
        {
          messageId: "unresolvedEnvironment",
          line: 3,
          column: 9,
          data: {
            payload: `${LOCATION} (Trip.lat)`,
            variables: "environment variable UPLOAD_URL",
            sink: "fetch",
            period: ".",
            coverHint: "",
            flowPath:
              ` Path: field Trip.lat classified ${LOCATION} (by @vdx annotation) (src/model.ts:6) → trip holds a value of a classified type (src/file.ts:3) → ` +
              "sent by fetch to <unresolved: $UPLOAD_URL>: Trip.lat (src/file.ts:3).",
          },
        },
      ],
    },
  ],
});

runRule(syntactic, "no-unresolved-destination (no type information)", noUnresolvedDestination, {
  // Without the program an unresolved destination may only be unresolved here: the rule stays silent.
  valid: [
    { filename, code: envWithoutDefault },
    { filename, code: upload("EU_TELEMETRY", "lat: trip.lat") },
  ],
  invalid: [],
});
