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

const finding = (line: number, column = 9) => ({ messageId: "finding" as const, line, column });

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
    { filename, code: upload("EU_TELEMETRY", "lat: trip.lat"), errors: [finding(4)] },
    { filename, code: selfContained("https://telemetry.example-motors.de/v1"), errors: [finding(6)] },
    { filename, code: vssRead, errors: [finding(4)] },
  ],
});

runRule(syntactic, "no-unassessed-export (no type information)", noUnassessedExport, {
  valid: [
    // The endpoint and the Trip type live in other files: nothing the file alone can back.
    { filename, code: upload("EU_TELEMETRY", "lat: trip.lat") },
    { filename, code: selfContained("https://telemetry.example-motors.com.cn/v1") },
  ],
  invalid: [
    { filename, code: selfContained("https://telemetry.example-motors.de/v1"), errors: [finding(6)] },
    { filename, code: vssRead, errors: [finding(4)] },
  ],
});

runRule(typed, "no-inadequate-assessment (typed)", noInadequateAssessment, {
  valid: [
    { filename, code: upload("COVERED_TELEMETRY", "vin: trip.vin, lat: trip.lat") },
    { filename, code: upload("EU_TELEMETRY", "lat: trip.lat") }, // no record at all: the unassessed rule's
  ],
  invalid: [
    // SC-2023-0007 matches archive.example-motors.de but expired on 2025-12-31.
    { filename, code: upload("ARCHIVE", "vin: trip.vin"), errors: [finding(4)] },
    // A citation is verified, never a blanket suppression: SA-2026-0142 does not list this destination.
    { filename, code: upload("EU_TELEMETRY", "lat: trip.lat", "./", "  // vdx-assessment: SA-2026-0142\n"), errors: [finding(5)] },
  ],
});

runRule(typed, "no-vehicle-direct-export (typed)", noVehicleDirectExport, {
  valid: [
    { filename: vehicleFile, code: upload("DOMESTIC_TELEMETRY", "lat: trip.lat", "../") },
    // The same call outside vehicleSide is an ordinary export, not this rule's.
    { filename, code: upload("EU_TELEMETRY", "lat: trip.lat") },
  ],
  invalid: [
    { filename: vehicleFile, code: upload("EU_TELEMETRY", "lat: trip.lat", "../"), errors: [finding(4)] },
    // Whatever the registry says: SA-2026-0142 covers covered.example-motors.de, but not for a vehicle.
    { filename: vehicleFile, code: upload("COVERED_TELEMETRY", "vin: trip.vin, lat: trip.lat", "../"), errors: [finding(4)] },
  ],
});

runRule(syntactic, "no-vehicle-direct-export (no type information)", noVehicleDirectExport, {
  valid: [{ filename: vehicleFile, code: selfContained("https://telemetry.example-motors.com.cn/v1") }],
  invalid: [{ filename: vehicleFile, code: selfContained("https://telemetry.example-motors.de/v1"), errors: [finding(6)] }],
});

runRule(typed, "no-unresolved-destination (typed)", noUnresolvedDestination, {
  valid: [
    { filename, code: upload("EU_TELEMETRY", "lat: trip.lat") },
    // Unclassified data to an unknown place is nobody's business.
    { filename, code: envWithoutDefault.replace("lat: trip.lat", "build: trip.firmwareBuild") },
  ],
  invalid: [{ filename, code: envWithoutDefault, errors: [finding(3)] }],
});

runRule(syntactic, "no-unresolved-destination (no type information)", noUnresolvedDestination, {
  // Without the program an unresolved destination may only be unresolved here: the rule stays silent.
  valid: [{ filename, code: envWithoutDefault }, { filename, code: upload("EU_TELEMETRY", "lat: trip.lat") }],
  invalid: [],
});
