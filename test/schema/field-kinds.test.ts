import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import type { ClassifiedField, Finding } from "../../packages/core/src/model/index.js";
import { scan } from "../../packages/core/src/scan/index.js";
import { classifyTypeScriptDeclarations, scanSchemaFiles } from "../../packages/core/src/schema/index.js";
import { miniPack } from "./helpers/mini-pack.js";
import { filesUnder } from "./helpers/scan-fixtures.js";
import { fixturesDir } from "./helpers/test-pack.js";

// Where fields hide (issue 10): each fixture under fixtures/field-kinds reproduces one way real code
// declares data, with names of our own. The signals are miniPack's, so these tests are about finding
// fields and their lines, not about the pack's vocabulary.
const root = path.join(fixturesDir, "field-kinds");
const code = ["ts", "js", "dts"].flatMap((folder) => filesUnder(path.join(root, folder)));
const program = ts.createProgram(code, { allowJs: true, checkJs: false, noEmit: true, strict: true, noLib: true, types: [] });
const typescript = classifyTypeScriptDeclarations(
  ts,
  program,
  code.map((f) => program.getSourceFile(f)!),
  miniPack(),
  [],
  { root },
);
const schemas = scanSchemaFiles({ files: ["proto", "schemas"].flatMap((folder) => filesUnder(path.join(root, folder))), root, pack: miniPack() });
const fields: ClassifiedField[] = [...typescript.fields, ...schemas.fields];
const findings: Finding[] = [...typescript.findings, ...schemas.findings];

const LOCATION = "pi.sensitive.location-trajectory";
const VIN = "pi.general.vehicle-identifier";
const ODOMETER = "conn.operating-condition";

/** `file:line path categories`, for the fields of one fixture file. */
function fieldsOf(file: string): string[] {
  return fields.filter((f) => path.relative(root, f.location.file) === file).map((f) => `${f.location.line} ${f.path} ${f.categories.join("+") || "none"}`);
}
const field = (p: string) => fields.find((f) => f.path === p);

describe("fields of inline object types", () => {
  it("reports each leaf with its own path and line, through arrays, unions and generics", () => {
    expect(fieldsOf("ts/inline-leaves.ts")).toEqual(
      expect.arrayContaining([
        `4 DispatchRequest.route.vin ${VIN}`,
        `7 DispatchRequest.stops.lat ${LOCATION}`,
        `7 DispatchRequest.stops.lng ${LOCATION}`,
        `22 TelemetryFrame.lat ${LOCATION}`,
        `22 TelemetryFrame.odometerKm ${ODOMETER}`,
      ]),
    );
    // The holder still carries what its leaves are (flow analysis follows it), at the holder's line.
    expect(field("DispatchRequest.route")).toMatchObject({ categories: [VIN], location: { line: 3 } });
    expect(field("DispatchRequest.route.depotName")).toBeUndefined();
    expect(field("DispatchRequest.window.opensAt")).toBeUndefined();
  });

  it("lists the leaves of a generated OpenAPI client's types (openapi-typescript `components` / `paths`) with their lines", () => {
    expect(fieldsOf("ts/inline-leaves.ts")).toEqual(
      expect.arrayContaining([
        `35 components.schemas.VehicleData.vin ${VIN}`,
        `37 components.schemas.VehicleData.drive_state.latitude ${LOCATION}`,
        `48 paths./api/1/vehicles/{vehicle_tag}/vehicle_data.parameters.path.vin ${VIN}`,
      ]),
    );
  });

  it("gives a leaf the annotation of the property holding its literal", () => {
    expect(field("FleetReport.summary.harshBrakes")).toMatchObject({
      categories: ["pi.general.driving-behaviour"],
      evidence: { kind: "annotation" },
      location: { line: 14 },
    });
  });

  it("does not take function types, methods or index signatures for data", () => {
    expect(fields.some((f) => f.path.startsWith("Callbacks."))).toBe(false);
  });
});

describe("collections of names", () => {
  it("makes the members of a collection that names signals fields: enums, literal unions, lists, as-const and frozen objects", () => {
    expect(fieldsOf("ts/signal-collections.ts")).toEqual(
      expect.arrayContaining([
        `3 StreamField.Latitude ${LOCATION}`,
        `5 StreamField.Odometer ${ODOMETER}`,
        `16 ReportedSignal.vin ${VIN}`,
        `18 EXPORT_COLUMNS.lat ${LOCATION}`,
        `23 Readings.LAT ${LOCATION}`,
        `26 Readings.nested.plate ${VIN}`,
        `29 Channels.odometer ${ODOMETER}`,
        `64 TripDimensionType.Odometer ${ODOMETER}`,
        `65 TripDimensionType.Latitude ${LOCATION}`,
      ]),
    );
    expect(field("FleetReport.metric.vin")).toMatchObject({ categories: [VIN], location: { line: 17 } });
  });

  it("leaves the members of state, status and mode collections alone, whatever they look like", () => {
    expect(fields.some((f) => f.path.startsWith("DoorLockState."))).toBe(false);
    expect(fields.some((f) => f.path.startsWith("HandoverType."))).toBe(false);
    expect(fields.some((f) => f.path.startsWith("StoreNamespace."))).toBe(false);
    expect(fields.some((f) => f.path.startsWith("ModuleID."))).toBe(false);
    expect(fields.some((f) => f.path.startsWith("FleetReport.status."))).toBe(false);
    expect(fields.some((f) => f.path.startsWith("UNIT_LABELS."))).toBe(false);
    expect(fields.some((f) => f.path.startsWith("retryDelays."))).toBe(false);
    expect(fields.some((f) => f.path.startsWith("transit_feed.FixQuality") || f.path.startsWith("FixQuality."))).toBe(false);
    expect(fields.some((f) => f.path.startsWith("fleetco.stream.v1.ChargeState."))).toBe(false);
  });

  it("judges members that repeat the collection's name by what they add (ChargePortLatch + Engaged)", () => {
    expect(fields.some((f) => f.path.startsWith("fleetco.stream.v1.OdometerValue."))).toBe(false);
    expect(fields.some((f) => f.path.startsWith("LatitudeFix."))).toBe(false);
    // FIELD_ + ODOMETER still names a signal.
    expect(field("fleetco.stream.v1.Field.FIELD_ODOMETER")).toBeDefined();
  });

  it("honours a mark on the collection and on a member", () => {
    expect(field("DEBUG_FIELDS.vin")).toMatchObject({ categories: [], evidence: { kind: "annotation" } });
    expect(field("CabinFeature.DashCam")).toMatchObject({ categories: ["pi.sensitive.cabin-video"], location: { line: 36 } });
    expect(field("CabinFeature.Wipers")).toBeUndefined();
    expect(findings.some((f) => f.message.startsWith("DEBUG_FIELDS."))).toBe(false);
  });

  it("reads the value names of a protobuf field enum, at each value's line", () => {
    expect(fieldsOf("proto/fleet-stream.proto")).toEqual(
      expect.arrayContaining([
        `7 fleetco.stream.v1.Field.FIELD_VEHICLE_SPEED pi.general.driving-behaviour`,
        `8 fleetco.stream.v1.Field.FIELD_ODOMETER ${ODOMETER}`,
        `9 fleetco.stream.v1.Field.FIELD_LATITUDE ${LOCATION}`,
        `13 fleetco.stream.v1.Field.FIELD_CABIN_FRAME pi.sensitive.cabin-video`,
      ]),
    );
    expect(field("fleetco.stream.v1.Field.FIELD_UNKNOWN")).toBeUndefined();
  });
});

describe("schema-builder objects", () => {
  it("reads a default-exported schema (generated zod), named after its file", () => {
    expect(fieldsOf("ts/DispatchRecord.ts")).toEqual(expect.arrayContaining([`5 DispatchRecord.vin ${VIN}`, `6 DispatchRecord.trail.latitude ${LOCATION}`]));
    expect(field("DispatchRecord.note")?.categories ?? []).toEqual([]);
  });

  it("names keys Var.key, nested Var.key.sub, through modifier chains, extend, arrays and every builder", () => {
    expect(fieldsOf("ts/schema-builders.ts")).toEqual(
      expect.arrayContaining([
        `14 TripSchema.vin ${VIN}`,
        `16 TripSchema.stops.latitude ${LOCATION}`,
        `22 TripWithPlate.licensePlate ${VIN}`,
        `25 registrationForm.vin ${VIN}`,
        `30 serviceVisit.odometer ${ODOMETER}`,
        `35 VehicleDoc.vin ${VIN}`,
        `39 PositionDoc.lat ${LOCATION}`,
        `44 Owner.licensePlate ${VIN}`,
      ]),
    );
    expect(fields.some((f) => f.path.startsWith("defaults."))).toBe(false);
  });

  it("reads a zod enum of three or more names as a list: inside an object (Var.key.name) and on its own", () => {
    expect(fieldsOf("ts/schema-builders.ts")).toEqual(
      expect.arrayContaining([`62 MeterReading.measurand.lat ${LOCATION}`, `62 MeterReading.measurand.odometer ${ODOMETER}`, `66 ExportedSignals.vin ${VIN}`]),
    );
    expect(fields.some((f) => f.path.startsWith("MeterReading.phase."))).toBe(false);
  });

  it("honours @vdx on a key and on the schema's declaration", () => {
    expect(field("Reviewed.vin")).toMatchObject({ categories: [], evidence: { kind: "annotation" } });
    expect(field("Reviewed.chassisRef")).toMatchObject({ categories: [VIN], evidence: { kind: "annotation" } });
    expect(field("Waypoint.x")).toMatchObject({ categories: [LOCATION], evidence: { kind: "annotation" } });
  });
});

describe("shape is evidence: a { lat, lon }-shaped type is a position wherever it is used", () => {
  it("in zod (a referenced or inline schema), protobuf (a message-typed field) and JSON Schema ($ref, items, inline)", () => {
    expect(field("TripSchema.start")?.categories).toEqual([LOCATION]);
    expect(field("fleetco.stream.v1.Pickup.where")).toMatchObject({
      categories: [LOCATION],
      evidence: { kind: "signal", which: "shape:lat+lng" },
      location: { line: 29 },
    });
    expect(field("fleetco.stream.v1.Pickup.trail")?.categories).toEqual([LOCATION]);
    expect(field("fleetco.stream.v1.Pickup.rider_note")).toBeUndefined();
    expect(field("schemas/dispatch.schema.json#/properties/meetingPoint")).toMatchObject({ categories: [LOCATION], location: { line: 15 } });
    expect(field("schemas/dispatch.schema.json#/properties/breadcrumbs")?.categories).toEqual([LOCATION]);
    expect(field("schemas/dispatch.schema.json#/properties/dispatcher")).toBeUndefined();
    // Classified through its members, it is not asked about itself: its members are.
    expect(findings.some((f) => f.message.startsWith("schemas/dispatch.schema.json#/properties/meetingPoint "))).toBe(false);
  });
});

describe("JSON Schema and OpenAPI leaves", () => {
  it("reads nested objects, items and allOf/oneOf branches at the property key's line", () => {
    expect(field("schemas/dispatch.schema.json#/properties/vehicle/properties/vin")?.location.line).toBe(20);
    expect(field("schemas/dispatch.schema.json#/properties/legs/items/allOf/0/properties/odometerKm")?.location.line).toBe(28);
    expect(field("schemas/dispatch.schema.json#/properties/legs/items/allOf/1/oneOf/0/properties/licensePlate")?.location.line).toBe(29);
  });

  it("makes every parameter a field at its name — path, query, header, cookie, with or without a schema", () => {
    const api = "schemas/fleet-api.yaml#/paths/~1vehicles~1{vin}~1trips";
    expect(field(`${api}/parameters/0`)).toMatchObject({ categories: [VIN], location: { line: 6 } });
    expect(field(`${api}/get/parameters/0`)).toMatchObject({ categories: [VIN], location: { line: 12 } });
    expect(field(`${api}/get/parameters/2`)).toMatchObject({ categories: [ODOMETER], location: { line: 18 } });
    // `lat` alone is weak: a warning at the parameter without a schema, no field.
    expect(findings.find((f) => f.message.startsWith(`${api}/get/parameters/3 looks like`))?.location.line).toBe(21);
    expect(field(`${api}/get/parameters/4/content/application~1json/schema/properties/lat`)?.categories).toEqual([LOCATION]);
  });
});

describe("JavaScript and declaration files", () => {
  it("reads JSDoc typedefs (nested properties too), dotted @param, exported lists and this.x in constructors", () => {
    expect(fieldsOf("js/telemetry-client.js")).toEqual([
      `5 VehicleFix.latitude ${LOCATION}`,
      `6 VehicleFix.longitude ${LOCATION}`,
      `8 VehicleFix.car.vin ${VIN}`,
      `13 Snapshot.odometer ${ODOMETER}`,
      `19 stream.options.vin ${VIN}`,
      // A token that lets its holder act as the user is a credential (LABELLING.md §1.2).
      `20 stream.options.accessToken pi.sensitive.id-document`,
      `27 streamColumns.speed pi.general.driving-behaviour`,
      `27 streamColumns.odometer ${ODOMETER}`,
      `27 streamColumns.est_lat ${LOCATION}`,
      `27 streamColumns.est_lng ${LOCATION}`,
      `33 TripSession.vin ${VIN}`,
      `34 TripSession.startLat ${LOCATION}`,
      `35 TripSession.startLng ${LOCATION}`,
      `46 ParkingSpot.lat none`,
      `47 ParkingSpot.lng none`,
    ]);
    expect(findings.some((f) => f.message.startsWith("ParkingSpot."))).toBe(false);
  });

  it('reads .d.ts declarations, but not a package\'s API declared with `declare module "…"`', () => {
    expect(fieldsOf("dts/transit-feed.d.ts")).toEqual(expect.arrayContaining([`4 IVehicleFix.latitude ${LOCATION}`, `13 VehicleFix.vin ${VIN}`]));
    expect(fields.some((f) => f.path === "Options.vin")).toBe(false);
  });
});

describe("unclassified-signal on strong candidates", () => {
  it("reports a field classified by signal alone, asking to confirm; annotated fields are not reported", () => {
    const vin = findings.find((f) => f.message.startsWith("TripSchema.vin "));
    expect(vin).toMatchObject({ ruleId: "unclassified-signal", level: "warn", suggestions: [VIN], location: { line: 14 } });
    expect(vin!.message).toContain(`is classified by signal as ${VIN}`);
    expect(vin!.message).toContain(`confirm with @vdx ${VIN}`);
    expect(findings.some((f) => f.message.startsWith("Reviewed.chassisRef"))).toBe(false);
    expect(findings.some((f) => f.message.startsWith("FleetReport.summary.harshBrakes"))).toBe(false);
  });
});

// A project whose tsconfig neither allows JavaScript nor includes its .d.ts: vdx still inventories both.
describe("a scan with a tsconfig that leaves JS and .d.ts out", () => {
  const work = mkdtempSync(path.join(os.tmpdir(), "vdx-field-kinds-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const files: Record<string, string> = {
    "vdx.config.yaml": 'rulePack: "2026"\n',
    "tsconfig.json": JSON.stringify({ compilerOptions: { strict: true, noEmit: true }, include: ["src"] }),
    "src/app.ts": "export interface Job {\n  vin: string;\n}\n",
    "legacy/columns.js": 'exports.columns = ["vin", "odometer", "latitude", "longitude"];\n',
    "types/feed.d.ts": "export interface FeedFix {\n  latitude: number;\n  longitude: number;\n}\n",
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(work, name)), { recursive: true });
    writeFileSync(path.join(work, name), text);
  }

  it("lists the fields of the JavaScript file and of the declaration file", async () => {
    const result = await scan({ paths: [work], cwd: work, asOf: "2026-06-01" });
    expect(result.errors).toEqual([]);
    const listed = result.fields.map((f) => `${path.relative(work, f.location.file)}:${f.location.line} ${f.path}`);
    expect(listed).toEqual(expect.arrayContaining(["src/app.ts:2 Job.vin", "legacy/columns.js:1 columns.vin", "types/feed.d.ts:2 FeedFix.latitude"]));
  });
});
