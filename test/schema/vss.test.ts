import { describe, expect, it } from "vitest";
import { relative, scanFixtures } from "./helpers/scan-fixtures.js";

describe("VSS catalogs", () => {
  const scan = scanFixtures("vss");

  it("classifies .vspec leaves by exact VSS path and positions them at their key", () => {
    expect(scan.field("Vehicle.Speed")).toMatchObject({
      source: "vss",
      categories: ["pi.general.driving-behaviour"],
      evidence: { kind: "signal", which: "vss:Vehicle.Speed" },
      location: { line: 5, column: 1 },
    });
    expect(scan.field("Vehicle.Cabin.HVAC.AmbientAirTemperature")).toBeUndefined();
  });

  it("follows #include with its prefix, reporting the included file's lines", () => {
    const latitude = scan.field("Vehicle.CurrentLocation.Latitude");
    expect(latitude?.categories).toEqual(["pi.sensitive.location-trajectory"]);
    expect(relative(latitude!.location.file)).toBe("vss/location.vspec");
    expect(scan.field("Latitude")).toBeUndefined();
  });

  it("applies a branch x-vdx to its leaves", () => {
    expect(scan.field("Vehicle.Private.OwnerAlias")).toMatchObject({ categories: ["pi.general.identity-contact"], evidence: { kind: "annotation" } });
  });

  it("reads the VSS JSON export (nested children)", () => {
    expect(scan.field("Vehicle.Driver.HeartRate")?.categories).toEqual(["pi.sensitive.biometric"]);
    expect(scan.field("Vehicle.Driver.FatigueLevel")).toMatchObject({ categories: ["pi.sensitive.driver-state"], location: { line: 8 } });
    expect(scan.field("Vehicle.Width")).toBeUndefined();
  });

  it("reads a file included under two prefixes under both, and an include from the root catalog's folder once, with its prefix", () => {
    const scan = scanFixtures("vss-includes");
    const paths = scan.fields.map((f) => f.path).sort();
    expect(paths).toEqual(["Vehicle.Drive.FrontPack.CellTemperature", "Vehicle.Drive.OdometerKm", "Vehicle.Drive.RearPack.CellTemperature"]);
    expect(relative(scan.field("Vehicle.Drive.OdometerKm")!.location.file)).toBe("vss-includes/include/Trip.vspec");
  });
});
