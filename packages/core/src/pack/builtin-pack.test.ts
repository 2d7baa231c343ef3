import { describe, expect, it } from "vitest";
import { isKnownCategoryId, listCategoryIds, NONE_CATEGORY_ID } from "./category-ids.js";
import { loadRulePack } from "./load-rule-pack.js";

/** The ids of taxonomy.md: a public contract, so they are spelled out here rather than derived. */
const IMPORTANT = [
  "rd.key-program",
  "rd.export-controlled",
  "rd.product-design",
  "rd.product-test",
  "rd.battery-powertrain",
  "mfg.bom",
  "mfg.control-source",
  "mfg.capacity-supply",
  "ad.algorithm",
  "ad.training-data",
  "ad.feature-data",
  "ad.exterior-imagery",
  "ad.lidar-pointcloud",
  "ad.road-test",
  "geo.survey-data",
  "geo.hd-map",
  "geo.sensitive-area",
  "geo.high-precision-positioning",
  "conn.vehicle-flow-logistics",
  "conn.charging-network",
  "conn.platform-topology",
  "conn.remote-control",
  "conn.operating-condition",
  "conn.sensitive-customer",
  "conn.public-security",
  "ota.package-source",
  "ota.vehicle-control-upgrade",
  "ota.ecu-aftersales",
  "sec.vulnerability",
  "sec.incident",
  "sec.supply-chain",
];
const PI = [
  "pi.general.identity-contact",
  "pi.general.vehicle-identifier",
  "pi.general.device-identifier",
  "pi.general.app-usage",
  "pi.general.driving-behaviour",
];
const PI_SENSITIVE = [
  "pi.sensitive.location-trajectory",
  "pi.sensitive.cabin-audio",
  "pi.sensitive.cabin-video",
  "pi.sensitive.biometric",
  "pi.sensitive.driver-state",
  "pi.sensitive.exterior-person",
  "pi.sensitive.id-document",
  "pi.sensitive.financial",
  "pi.sensitive.communication",
  "pi.sensitive.browsing",
  "pi.sensitive.minor",
];

const outcome = loadRulePack({ rulePack: "2026", extends: [], baseDir: process.cwd() });
const pack = outcome.value;

describe("built-in pack 2026", () => {
  it("loads clean", () => {
    expect(outcome.errors).toEqual([]);
    expect(outcome.findings).toEqual([]);
    expect(pack).toMatchObject({ id: "2026", version: expect.stringMatching(/^2026\./) });
    expect(pack.roots).toHaveLength(1);
  });

  it("defines exactly the taxonomy's categories, with the right kinds", () => {
    expect([...listCategoryIds(pack)].sort()).toEqual([...IMPORTANT, ...PI, ...PI_SENSITIVE].sort());
    for (const id of IMPORTANT) expect(pack.categories.get(id)?.kind, id).toBe("important");
    for (const id of PI) expect(pack.categories.get(id)?.kind, id).toBe("pi");
    for (const id of PI_SENSITIVE) expect(pack.categories.get(id)?.kind, id).toBe("pi-sensitive");
  });

  it("gives every category a Chinese name, an English title, sources and a position", () => {
    for (const category of pack.categories.values()) {
      expect(category.name, category.id).toMatch(/[\u4e00-\u9fff]/);
      expect(category.title.length, category.id).toBeGreaterThan(3);
      expect(category.sources.length, category.id).toBeGreaterThan(0);
      expect(category.definedAt?.file).toMatch(/categories\.yaml$/);
      expect(category.definedAt?.line).toBeGreaterThan(1);
    }
  });

  it("uses the taxonomy's mechanisms", () => {
    const mechanism = (id: string) => pack.categories.get(id)?.mechanism;
    for (const id of [...PI, ...PI_SENSITIVE]) expect(mechanism(id), id).toBe("PI-VOL");
    for (const id of ["ota.package-source", "sec.vulnerability", "sec.incident"]) expect(mechanism(id), id).toBe("SA*");
    for (const id of ["ad.lidar-pointcloud", "geo.survey-data", "geo.hd-map", "geo.sensitive-area", "geo.high-precision-positioning"]) {
      expect(mechanism(id), id).toBe("SA+MAP");
    }
    expect(mechanism("rd.key-program")).toBe("SA");
  });

  it("encodes the scale conditions of regulation.md", () => {
    const when = (id: string) => pack.categories.get(id)?.importantWhen;
    expect(when("conn.charging-network")).toMatchObject({ fact: "chargingVehicles", threshold: 100_000, exclusive: true });
    expect(when("ota.vehicle-control-upgrade")).toMatchObject({ fact: "vehiclesInChina", threshold: 500_000 });
    expect(when("ota.vehicle-control-upgrade")?.exclusive).toBeFalsy();
    expect(when("conn.platform-topology")).toMatchObject({ fact: "platformVehicles", threshold: 1_000_000 });
    expect(when("conn.vehicle-flow-logistics")).toMatchObject({ fact: "aggregationLevel", threshold: 1 });
    for (const id of ["mfg.capacity-supply", "conn.remote-control", "conn.operating-condition", "ota.ecu-aftersales"]) {
      expect(when(id)?.description, id).toMatch(/vdx's reading/);
    }
    expect(when("rd.key-program")).toBeUndefined();
    for (const id of [...PI, ...PI_SENSITIVE]) expect(when(id), id).toBeUndefined();
  });

  it("encodes the nine exemptions", () => {
    expect([...pack.exemptions.keys()]).toEqual(["E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9"]);
    const e = (id: string) => pack.exemptions.get(id as never)!;
    for (const id of ["E5", "E6", "E7"]) expect(e(id).requiresFilingReference, id).toBe(true);
    for (const id of ["E1", "E2", "E3", "E4", "E8", "E9"]) expect(e(id).requiresFilingReference, id).toBe(false);
    expect(e("E5").coversCategories).toEqual(["sec.vulnerability"]);
    expect(e("E6").coversCategories).toEqual(["sec.incident"]);
    expect(e("E7").coversCategories).toEqual(["ota.package-source"]);
    for (const id of ["E2", "E3", "E4"]) expect(e(id).appliesTo.kinds, id).not.toContain("important");
    expect(e("E8").appliesTo).toEqual({ kinds: ["pi"], maxIndividuals: 100_000, forbidsCiio: true, forbidsSensitive: true });
    expect(e("E8").confidence).toBe("inferred");
    expect(e("E9").confidence).toBe("inferred");
    expect(e("E1").confidence).toBe("confirmed");
  });

  it("treats none as a known, reserved id that is not a category", () => {
    expect(isKnownCategoryId(pack, NONE_CATEGORY_ID)).toBe(true);
    expect(pack.categories.has("none")).toBe(false);
    expect(isKnownCategoryId(pack, "ad.lidar-pointcloud")).toBe(true);
    expect(isKnownCategoryId(pack, "ad.lidar-pointclouds")).toBe(false);
  });
});
