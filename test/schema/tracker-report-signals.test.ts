import { describe, expect, it } from "vitest";
import { scanFixtures } from "./helpers/scan-fixtures.js";

// Patterns of a fleet-tracking server's API (the traccar dev repository showed them), each with the
// look-alike that must stay unclassified.
describe("a fleet-tracking API's record ids, report rows and settings", () => {
  const scan = scanFixtures("tracker-openapi");
  const categoriesOf = (pointer: string): readonly string[] | undefined => scan.field(`tracker-openapi/fleet-tracker.yaml#${pointer}`)?.categories;
  const schema = (type: string, property: string): readonly string[] | undefined => categoriesOf(`/components/schemas/${type}/properties/${property}`);

  it("takes a numeric deviceId for a record number and a string one for the hardware id", () => {
    expect(schema("Tracker", "deviceId")).toEqual(["pi.general.device-identifier"]);
    expect(schema("Fix", "deviceId") ?? []).toEqual([]);
    expect(categoriesOf("/paths/~1reports~1trips/get/parameters/0") ?? []).toEqual([]);
    expect(categoriesOf("/paths/~1trackers~1{deviceId}/get/parameters/0") ?? []).toEqual([]);
  });

  it("leaves a map view's default centre and its layers alone, but not a fix", () => {
    expect(schema("Fix", "latitude")).toContain("pi.sensitive.location-trajectory");
    expect(schema("MapDefaults", "latitude") ?? []).toEqual([]);
    expect(schema("MapDefaults", "longitude") ?? []).toEqual([]);
    expect(schema("MapDefaults", "poiLayer") ?? []).toEqual([]);
  });

  it("reads a trip row's statistics, not a route plan's total", () => {
    expect(schema("TripRow", "distance")).toContain("pi.general.driving-behaviour");
    expect(schema("TripRow", "spentFuel")).toContain("conn.operating-condition");
    expect(schema("DeviceTotals", "totalDistance")).toContain("conn.operating-condition");
    expect(schema("RoutePlan", "totalDistance") ?? []).toEqual([]);
  });

  it("takes an order's from/to addresses and a journey's places for places, not a mail's or a time range's", () => {
    expect(schema("DeliveryOrder", "fromAddress")).toContain("pi.sensitive.location-trajectory");
    expect(schema("DeliveryOrder", "toAddress")).toContain("pi.sensitive.location-trajectory");
    expect(schema("MailEnvelope", "fromAddress") ?? []).not.toContain("pi.sensitive.location-trajectory");
    expect(schema("MailEnvelope", "toAddress") ?? []).not.toContain("pi.sensitive.location-trajectory");
    for (const place of ["from", "via", "to"]) expect(schema("JourneyRequest", place)).toContain("pi.sensitive.location-trajectory");
    expect(categoriesOf("/paths/~1reports~1trips/get/parameters/1") ?? []).toEqual([]);
    expect(categoriesOf("/paths/~1reports~1trips/get/parameters/2") ?? []).toEqual([]);
  });

  it("takes a route beside positions for the path driven, not a route beside a handler", () => {
    expect(schema("ReportItem", "route")).toContain("pi.sensitive.location-trajectory");
    expect(schema("ApiEndpoint", "route") ?? []).toEqual([]);
  });
});
