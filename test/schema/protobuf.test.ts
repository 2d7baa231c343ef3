import { describe, expect, it } from "vitest";
import { relative, scanFixtures } from "./helpers/scan-fixtures.js";

describe("protobuf scanning", () => {
  const scan = scanFixtures("proto");

  it("classifies a field by its (vdx.category) option, at the exact field line", () => {
    const vin = scan.field("acme.telemetry.v1.VehicleState.vin");
    expect(vin).toMatchObject({ source: "protobuf", categories: ["pi.general.vehicle-identifier"], evidence: { kind: "annotation" }, confidence: 1 });
    expect(relative(vin!.location.file)).toBe("proto/acme/telemetry/v1/telemetry.proto");
    expect(vin!.location).toMatchObject({ line: 12, column: 3 });
  });

  it("reads @vdx in trailing and leading comments, and `none` as reviewed", () => {
    expect(scan.field("acme.telemetry.v1.VehicleState.dtc_codes")?.categories).toEqual(["ota.ecu-aftersales"]);
    expect(scan.field("acme.telemetry.v1.VehicleState.firmware_version")).toMatchObject({ categories: [], evidence: { kind: "annotation" } });
    expect(scan.field("acme.telemetry.v1.Trip.driver_note")?.categories).toEqual([]);
  });

  it("applies a message-level mark (comment or repeated option) to every field", () => {
    expect(scan.field("acme.telemetry.v1.Trip.trip_id")?.categories).toEqual(["pi.sensitive.location-trajectory", "pi.general.driving-behaviour"]);
    expect(scan.field("acme.telemetry.v1.CameraUpload.width")?.categories).toEqual(["ad.exterior-imagery", "pi.sensitive.exterior-person"]);
  });

  it("follows imports through the include path: a field typed with a marked message carries its mark", () => {
    const position = scan.field("acme.telemetry.v1.VehicleState.position");
    expect(position).toMatchObject({ categories: ["pi.sensitive.location-trajectory"], typeName: "acme.common.GeoPosition" });
    expect(scan.field("acme.common.GeoPosition.latitude")?.location.line).toBe(7);
  });

  it("handles nested messages, oneofs and maps", () => {
    expect(scan.field("acme.telemetry.v1.VehicleState.ElectricDrive.motor_rpm")).toMatchObject({
      categories: ["conn.operating-condition"],
      location: { line: 29, column: 5 },
    });
    expect(scan.field("acme.telemetry.v1.VehicleState.cell_voltages")?.categories).toEqual(["rd.battery-powertrain"]);
  });

  it("classifies fields typed with well-known ROS messages (proto2 and editions files)", () => {
    expect(scan.field("acme.perception.SensorBundle.front_lidar")).toMatchObject({
      categories: ["ad.lidar-pointcloud"],
      evidence: { kind: "signal", which: "type:sensor_msgs/PointCloud2" },
    });
    expect(scan.field("acme.perception.SensorBundle.gnss_fix")?.categories).toEqual(["pi.sensitive.location-trajectory"]);
    expect(scan.field("acme.perception.SensorBundle.front_camera")?.categories.sort()).toEqual(["ad.exterior-imagery", "pi.sensitive.exterior-person"]);
    expect(scan.field("acme.perception.SensorBundle.bundle_seq")).toBeUndefined();
  });

  it("uses sibling context: lat beside lng is strong, so is a speed beside a position; a bare `distance` only warns", () => {
    expect(scan.field("acme.telemetry.v1.Unclassified.lat")?.evidence).toEqual({ kind: "signal", which: "term:lat+ctx:lng" });
    expect(scan.field("acme.telemetry.v1.Unclassified.speed")?.evidence).toEqual({ kind: "signal", which: "term:speed+ctx:lat" });
    expect(scan.field("acme.telemetry.v1.Unclassified.distance")).toBeUndefined();
    const warning = scan.findings.find((f) => f.ruleId === "unclassified-signal" && f.message.includes("Unclassified.distance"));
    expect(warning).toMatchObject({ level: "warn", suggestions: ["pi.general.driving-behaviour"], location: { line: 58 } });
    expect(warning!.fingerprint).not.toMatch(/\b58\b/);
  });

  it("never matches template or latency", () => {
    expect(scan.field("acme.telemetry.v1.VehicleState.template_id")).toBeUndefined();
    expect(scan.field("acme.telemetry.v1.VehicleState.latency_ms")).toBeUndefined();
  });

  it("reports an unknown id with a did-you-mean at the field", () => {
    const unknown = scan.findings.find((f) => f.ruleId === "unknown-category");
    expect(unknown).toMatchObject({ level: "error", suggestions: ["pi.sensitive.location-trajectory"], location: { line: 24 } });
    expect(unknown!.message).toBe(
      'unknown category "pi.sensitive.locaton-trajectory" in acme.telemetry.v1.VehicleState.last_parked_geohash: the rule pack defines no such category; did you mean "pi.sensitive.location-trajectory"?',
    );
    expect(unknown!.fingerprint).toBe(
      "unknown-category|proto/acme/telemetry/v1/telemetry.proto|acme.telemetry.v1.VehicleState.last_parked_geohash|pi.sensitive.locaton-trajectory",
    );
  });

  it("reports a syntax error with line and column and keeps scanning the other files", () => {
    const broken = scanFixtures("broken", "proto");
    const error = broken.findings.find((f) => f.ruleId === "invalid-input" && f.location.file.endsWith("broken.proto"));
    expect(error).toMatchObject({ level: "error", location: { line: 6, column: 17 } });
    expect(error!.message).toContain("illegal id ';'");
    expect(broken.field("acme.telemetry.v1.VehicleState.vin")).toBeDefined();
  });
});
