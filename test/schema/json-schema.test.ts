import { describe, expect, it } from "vitest";
import { scanFixtures } from "./helpers/scan-fixtures.js";

describe("JSON Schema and OpenAPI scanning", () => {
  const scan = scanFixtures("schemas", "openapi");
  const at = (pointerPath: string) => scan.field(pointerPath);

  it("names fields file#/json/pointer relative to the root, positioned at the property key", () => {
    const evse = at("schemas/charging/meter-values.schema.json#/properties/evseId");
    expect(evse).toMatchObject({
      source: "json-schema",
      categories: ["conn.charging-network"],
      evidence: { kind: "annotation" },
      location: { line: 8, column: 5 },
    });
  });

  it("applies x-vdx to everything under it, through local $ref, items, allOf and anyOf", () => {
    expect(at("schemas/charging/meter-values.schema.json#/$defs/SampledValue/properties/measurand")?.categories).toEqual(["conn.charging-network"]);
    expect(at("schemas/charging/meter-values.schema.json#/$defs/Measured/anyOf/0/properties/phase")?.categories).toEqual(["conn.charging-network"]);
    expect(at("schemas/charging/meter-values.schema.json#/properties/tuple/prefixItems/0/properties/sampleIndex")?.categories).toEqual([
      "conn.charging-network",
    ]);
    expect(at("schemas/charging/meter-values.schema.json#/properties/labels/additionalProperties/properties/labelValue")?.categories).toEqual([
      "conn.charging-network",
    ]);
    expect(at("schemas/charging/meter-values.schema.json#/properties/labels/patternProperties/^x-")?.categories).toEqual(["conn.charging-network"]);
  });

  it("follows a relative-file $ref under an $id base, and a nearer `none` stops an outer mark", () => {
    const lat = at("schemas/common/location.schema.json#/properties/lat");
    expect(lat?.categories).toContain("pi.sensitive.location-trajectory");
    expect(at("schemas/charging/meter-values.schema.json#/properties/operator/properties/operatorName")?.categories).toEqual([]);
    // $defs of a referenced file are not "under" the referencing property.
    expect(at("schemas/common/location.schema.json#/$defs/Address/properties/street")).toBeUndefined();
  });

  it("reads draft-04 `id`/`definitions`, reports a misspelt x-vdx id with did-you-mean, and still uses signals there", () => {
    expect(at("schemas/ota-manifest.schema.json#/properties/campaignId")?.categories).toEqual(["ota.vehicle-control-upgrade"]);
    const unknown = scan.findings.find((f) => f.ruleId === "unknown-category");
    expect(unknown).toMatchObject({ suggestions: ["ota.vehicle-control-upgrade"], location: { line: 9 } });
    expect(at("schemas/ota-manifest.schema.json#/properties/targetEcu")?.evidence).toEqual({ kind: "signal", which: "term:target_ecu" });
    expect(at("schemas/ota-manifest.schema.json#/definitions/Package/properties/sha256")).toBeUndefined();
  });

  it("scans OpenAPI 3.x components, inline responses and parameters", () => {
    expect(at("openapi/trip-api.yaml#/components/schemas/TripSummary/properties/durationS")).toMatchObject({
      categories: ["pi.general.driving-behaviour"],
      location: { line: 32, column: 9 },
    });
    expect(at("openapi/trip-api.yaml#/paths/~1trips~1{tripId}/get/parameters/1")).toMatchObject({
      categories: ["pi.general.vehicle-identifier"],
      location: { line: 11 },
    });
    const polyline = at("openapi/trip-api.yaml#/paths/~1trips~1{tripId}/get/responses/200/content/application~1json/schema/properties/polyline");
    expect(polyline?.evidence).toEqual({ kind: "signal", which: "term:polyline" });
    // TripSummary's mark reaches the inline response property that $refs it.
    expect(at("openapi/trip-api.yaml#/paths/~1trips~1{tripId}/get/responses/200/content/application~1json/schema/properties/summary")?.categories).toEqual([
      "pi.general.driving-behaviour",
    ]);
  });

  it("terminates on cyclic $ref and reports unresolvable ones at the $ref, and malformed JSON with position", () => {
    const broken = scanFixtures("broken");
    expect(broken.field("broken/cyclic.schema.json#/$defs/Edge/properties/weight")?.categories).toEqual(["conn.platform-topology"]);
    const dangling = broken.findings.filter((f) => f.ruleId === "invalid-input" && f.location.file.endsWith("unresolvable.schema.json"));
    expect(dangling.map((f) => f.location.line)).toEqual([6, 7, 8]);
    expect(dangling[2]!.message).toContain("never fetches");
    expect(dangling[0]!.fingerprint).toBe("invalid-input|broken/unresolvable.schema.json|/properties/a/$ref");
    const json = broken.findings.find((f) => f.location.file.endsWith("broken.json"));
    expect(json).toMatchObject({ ruleId: "invalid-input", location: { line: 6 } });
    expect(broken.findings.some((f) => f.location.file.endsWith("not-a-schema.json"))).toBe(false);
  });
});
