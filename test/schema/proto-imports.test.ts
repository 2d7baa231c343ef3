import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scanSchemaFiles } from "../../packages/core/src/schema/index.js";
import { testPack } from "./helpers/test-pack.js";

const work = mkdtempSync(path.join(os.tmpdir(), "vdx-proto-imports-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const write = (name: string, text: string): string => {
  const file = path.join(work, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
};

const trip = write(
  "proto/acme/trip.proto",
  [
    'syntax = "proto3";',
    "package acme.v1;",
    'import "google/protobuf/timestamp.proto";',
    'import public "google/protobuf/descriptor.proto";',
    'import "google/api/annotations.proto";',
    '  import "acme/missing.proto";',
    'import "acme/shared.proto";',
    "message Trip {",
    "  string vin = 1;",
    "  google.protobuf.Timestamp started_at = 2;",
    "  acme.v1.Located origin = 3;",
    "}",
    "",
  ].join("\n"),
);
// Imported only: its own broken import is the business of whoever scans it.
write(
  "proto/acme/shared.proto",
  'syntax = "proto3";\npackage acme.v1;\nimport "nowhere/else.proto";\n// @vdx pi.sensitive.location-trajectory\nmessage Located { double x = 1; }\n',
);

describe("protobuf imports", () => {
  const result = scanSchemaFiles({ files: [trip], root: work, pack: testPack() });
  const importFindings = result.findings.filter((f) => f.fingerprint.includes("|import:"));

  it("reports an import found nowhere as invalid-input at the import line, and scans the rest", () => {
    const missing = importFindings.find((f) => f.message.includes('"acme/missing.proto"'));
    expect(missing).toMatchObject({ ruleId: "invalid-input", level: "error", location: { file: trip, line: 6, column: 3 } });
    expect(missing?.fingerprint).toBe("invalid-input|proto/acme/trip.proto|import:acme/missing.proto");
    expect(result.fields.find((f) => f.path === "acme.v1.Trip.vin")?.categories).toEqual(["pi.general.vehicle-identifier"]);
    // The import that resolves still carries its message's mark.
    expect(result.fields.find((f) => f.path === "acme.v1.Trip.origin")?.categories).toEqual(["pi.sensitive.location-trajectory"]);
  });

  it("takes google/protobuf well-known types from protobufjs, and only warns about other toolchain imports", () => {
    expect(importFindings.some((f) => f.message.includes("google/protobuf/"))).toBe(false);
    expect(result.findings.find((f) => f.message.includes('"google/api/annotations.proto"'))).toMatchObject({
      ruleId: "invalid-input",
      level: "warn",
      location: { line: 5, column: 1 },
    });
  });

  it("stays quiet about the broken imports of files that are only imported", () => {
    expect(importFindings.map((f) => f.location.file)).toEqual([trip, trip]);
  });
});
