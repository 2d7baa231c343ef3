import path from "node:path";
import { Project, ts as tsMorphTs } from "ts-morph";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import type { ClassifiedField } from "../../packages/core/src/model/index.js";
import { classifyTypeScriptDeclarations, createFieldIndex } from "../../packages/core/src/schema/index.js";
import { filesUnder, scanFixtures } from "./helpers/scan-fixtures.js";
import { fixturesDir, testPack } from "./helpers/test-pack.js";

const tsFiles = [...filesUnder(path.join(fixturesDir, "src")), ...filesUnder(path.join(fixturesDir, "generated"))];
const schemaFields = scanFixtures("proto", "schemas").fields;

function withTypeScript(): { fields: ClassifiedField[]; findings: ReturnType<typeof classifyTypeScriptDeclarations>["findings"] } {
  const program = ts.createProgram(tsFiles, { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022 });
  return classifyTypeScriptDeclarations(
    ts,
    program,
    tsFiles.map((f) => program.getSourceFile(f)!),
    testPack(),
    schemaFields,
    { root: fixturesDir },
  );
}

describe("TypeScript declarations", () => {
  const { fields, findings } = withTypeScript();
  const field = (p: string): ClassifiedField | undefined => fields.find((f) => f.path === p);

  it("reads @vdx on properties, interfaces, type aliases and enums", () => {
    expect(field("GeoPoint.lat")).toMatchObject({
      source: "typescript",
      categories: ["pi.sensitive.location-trajectory"],
      evidence: { kind: "annotation" },
      location: { line: 3, column: 3 },
    });
    expect(field("TripRecord.distanceKm")?.categories).toEqual(["pi.general.driving-behaviour"]);
    expect(field("TripRecord.vin")?.categories).toEqual(["pi.general.vehicle-identifier"]);
    expect(field("TripRecord.command")?.categories).toEqual(["conn.remote-control"]);
    expect(field("TripRecord.gpsSource")).toMatchObject({ categories: [], evidence: { kind: "annotation" } });
    expect(fields.some((f) => f.path.startsWith("Vin."))).toBe(false);
  });

  it("carries the classification of referenced, nested, array and inline types", () => {
    expect(field("TripRecord.origin")?.categories).toEqual(["pi.sensitive.location-trajectory"]);
    expect(field("TripRecord.waypoints")?.categories).toEqual(["pi.sensitive.location-trajectory"]);
    expect(field("TripRecord.stop")?.categories).toEqual(["pi.sensitive.location-trajectory"]);
  });

  it("keeps classifications through Pick, Omit, Partial and extends", () => {
    expect(field("TripPreview.vin")?.categories).toEqual(["pi.general.vehicle-identifier"]);
    expect(field("TripPreview.origin")?.categories).toEqual(["pi.sensitive.location-trajectory"]);
    expect(field("TripPreview.title")).toBeUndefined();
    expect(field("TripPatch.distanceKm")?.categories).toEqual(["pi.general.driving-behaviour"]);
    expect(field("TripPatch.geohash")).toBeUndefined();
    expect(field("ExtendedTrip.waypoints")?.categories).toEqual(["pi.sensitive.location-trajectory"]);
  });

  it("classifies class properties and constructor parameter properties, not methods", () => {
    expect(field("UploadJob.frame")?.categories).toEqual(["ad.exterior-imagery"]);
    expect(field("UploadJob.licensePlate")?.evidence).toEqual({ kind: "signal", which: "term:license_plate" });
    expect(field("UploadJob.start")).toBeUndefined();
    expect(field("WidgetProps.translateX")).toBeUndefined();
  });

  it("links ts-proto, protobuf-es and json-schema-to-typescript output back to the annotated schema", () => {
    const schemaFile = "proto/acme/telemetry/v1/telemetry.proto";
    expect(field("VehicleState.vin")).toMatchObject({
      categories: ["pi.general.vehicle-identifier"],
      evidence: { kind: "generated-from", schema: schemaFile },
    });
    expect(field("VehicleState.firmwareVersion")).toMatchObject({ categories: [], evidence: { kind: "generated-from" } });
    expect(field("VehicleState_ElectricDrive.motorRpm")?.evidence.kind).toBe("generated-from");
    expect(field("CameraUpload.jpeg")?.categories).toEqual(["ad.exterior-imagery", "pi.sensitive.exterior-person"]);
    expect(field("OtaManifest.campaignId")).toMatchObject({
      categories: ["ota.vehicle-control-upgrade"],
      evidence: { kind: "generated-from", schema: "schemas/ota-manifest.schema.json" },
    });
  });

  it("reports an unknown JSDoc id at the tag, with did-you-mean", () => {
    const unknown = findings.find((f) => f.ruleId === "unknown-category");
    expect(unknown).toMatchObject({ suggestions: ["pi.sensitive.location-trajectory"], location: { line: 24 } });
    expect(findings.every((f) => !/\|\d+\|/.test(f.fingerprint))).toBe(true);
  });

  it("gives the same answer with ts-morph's TypeScript copy (what the CLI injects)", () => {
    const project = new Project({ compilerOptions: { strict: true, noEmit: true } });
    const sources = tsFiles.map((f) => project.addSourceFileAtPath(f).compilerNode);
    const program = project.getProgram().compilerObject;
    // ts-morph's copy stands in for the `typescript` type, as the CLI injects it (program/create-scan-program.ts).
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion, @typescript-eslint/no-unsafe-enum-assignment -- two copies of TypeScript, distinct to tsc
    const viaMorph = classifyTypeScriptDeclarations(tsMorphTs as unknown as typeof ts, program as unknown as ts.Program, sources, testPack(), schemaFields);
    const summary = (list: ClassifiedField[]) => list.map((f) => `${f.path}:${f.categories.join("+")}:${f.evidence.kind}`).sort();
    expect(summary(viaMorph.fields)).toEqual(summary(fields));
  });

  it("feeds a FieldIndex that flow analysis queries by file, type and property", () => {
    const index = createFieldIndex([...schemaFields, ...fields]);
    const typesFile = path.join(fixturesDir, "src", "types.ts");
    expect(index.forTypeProperty(typesFile, "TripRecord", "origin")?.categories).toEqual(["pi.sensitive.location-trajectory"]);
    expect(index.forTypeProperty(typesFile, "TripRecord", "title")).toBeUndefined();
    expect(index.forPath("acme.telemetry.v1.VehicleState.vin")?.source).toBe("protobuf");
    expect(index.all().length).toBe(schemaFields.length + fields.length);
  });
});
