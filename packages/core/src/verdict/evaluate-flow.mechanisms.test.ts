import { describe, expect, it } from "vitest";
import type { MechanismKind } from "../model/registry.js";
import type { RequirementLevel } from "../model/verdict.js";
import { evaluate, flow, gapKinds, record } from "./fixtures/builders.js";
import { fixturePack } from "./fixtures/fixture-pack.js";
import { categoriesNeedingMapApproval } from "./map-approval.js";

const ORDINARY = "pi.general.vehicle-identifier";
const SENSITIVE = "pi.sensitive.location-trajectory";

describe("mechanism table (regulation.md)", () => {
  interface Row {
    name: string;
    categories: string[];
    scale: { individuals?: number; sensitiveIndividuals?: number };
    ciio?: boolean;
    level: RequirementLevel;
    /** mechanism → covered? */
    adequate: Partial<Record<MechanismKind, boolean>>;
  }
  const rows: Row[] = [
    {
      name: "important data at any volume",
      categories: ["rd.product-design"],
      scale: { individuals: 0 },
      level: "security-assessment",
      adequate: { "security-assessment": true, "standard-contract": false, certification: false },
    },
    {
      name: "ordinary PI of 1,000,000 people",
      categories: [ORDINARY],
      scale: { individuals: 1_000_000 },
      level: "security-assessment",
      adequate: { "security-assessment": true, "standard-contract": false, certification: false },
    },
    {
      name: "ordinary PI of 999,999 people",
      categories: [ORDINARY],
      scale: { individuals: 999_999 },
      level: "contract-or-certification",
      adequate: { "security-assessment": true, "standard-contract": true, certification: true },
    },
    {
      name: "ordinary PI of 100,000 people",
      categories: [ORDINARY],
      scale: { individuals: 100_000 },
      level: "contract-or-certification",
      adequate: { "standard-contract": true, certification: true },
    },
    {
      name: "ordinary PI of 99,999 people",
      categories: [ORDINARY],
      scale: { individuals: 99_999 },
      level: "exempt",
      adequate: { "standard-contract": true, "security-assessment": true },
    },
    {
      name: "sensitive PI of 10,000 people",
      categories: [SENSITIVE],
      scale: { individuals: 10_000, sensitiveIndividuals: 10_000 },
      level: "security-assessment",
      adequate: { "security-assessment": true, "standard-contract": false, certification: false },
    },
    {
      name: "sensitive PI of 9,999 people",
      categories: [SENSITIVE],
      scale: { individuals: 9_999, sensitiveIndividuals: 9_999 },
      level: "contract-or-certification",
      adequate: { "standard-contract": true, certification: true },
    },
    {
      name: "sensitive PI of 9,999 people beside ordinary PI of 50,000",
      categories: [ORDINARY, SENSITIVE],
      scale: { individuals: 50_000, sensitiveIndividuals: 9_999 },
      level: "contract-or-certification",
      adequate: { "standard-contract": true },
    },
    {
      name: "any PI from a CIIO",
      categories: [ORDINARY],
      scale: { individuals: 10 },
      ciio: true,
      level: "security-assessment",
      adequate: { "security-assessment": true, "standard-contract": false },
    },
    {
      name: "undeclared scale of ordinary PI",
      categories: [ORDINARY],
      scale: {},
      level: "security-assessment",
      adequate: { "security-assessment": true, "standard-contract": false },
    },
  ];
  for (const row of rows) {
    for (const [mechanism, covered] of Object.entries(row.adequate)) {
      it(`${row.name}: ${mechanism} ${covered ? "covers" : "is too weak"}`, () => {
        const verdict = evaluate(flow({ categories: row.categories }), {
          records: [record({ mechanism: mechanism as MechanismKind, categories: row.categories, scale: row.scale })],
          organization: { ciio: row.ciio ?? false },
        });
        expect(verdict.requirement?.level).toBe(row.level);
        expect(verdict.status).toBe(covered ? "covered" : "inadequate");
        if (!covered) expect(gapKinds(verdict)).toEqual(["mechanism-too-weak"]);
      });
    }
  }

  it("states the requirement in words with the declared figure", () => {
    const verdict = evaluate(flow({ categories: [SENSITIVE] }), {
      records: [record({ mechanism: "standard-contract", categories: [SENSITIVE], scale: { individuals: 25_000, sensitiveIndividuals: 25_000 } })],
    });
    expect(verdict.required).toBe("security assessment: sensitive PI of ≥ 10,000 people (declared 25,000)");
    expect(verdict.gaps[0]!.categories).toEqual([SENSITIVE]);
  });

  it("names the CIIO reason", () => {
    const verdict = evaluate(flow(), { records: [record({ mechanism: "certification", scale: { individuals: 5 } })], organization: { ciio: true } });
    expect(verdict.gaps[0]!.message).toContain("critical-information-infrastructure operator");
  });

  it("takes an undeclared sensitive figure as all declared people (the higher level, bounded)", () => {
    const small = evaluate(flow({ categories: [SENSITIVE] }), {
      records: [record({ mechanism: "standard-contract", categories: [SENSITIVE], scale: { individuals: 5_000 } })],
    });
    expect(small.status).toBe("covered");
    expect(small.required).toContain("taken as all 5,000 people");
    const large = evaluate(flow({ categories: [SENSITIVE] }), {
      records: [record({ mechanism: "standard-contract", categories: [SENSITIVE], scale: { individuals: 50_000 } })],
    });
    expect(large.status).toBe("inadequate");
    expect(gapKinds(large)).toEqual(["mechanism-too-weak"]);
  });

  it("takes a record without any scale at the higher level", () => {
    const verdict = evaluate(flow({ categories: [SENSITIVE] }), { records: [record({ mechanism: "standard-contract", categories: [SENSITIVE] })] });
    expect(verdict.status).toBe("inadequate");
    expect(verdict.gaps[0]!.message).toContain("declares no scale.sensitiveIndividuals");
  });

  it("without any record requires a security assessment for PI (scale unknown) and reports no-record", () => {
    const verdict = evaluate(flow());
    expect(verdict.status).toBe("gap");
    expect(gapKinds(verdict)).toEqual(["no-record"]);
    expect(verdict.requirement?.level).toBe("security-assessment");
    expect(verdict.required).toContain("take the higher level");
  });
});

describe("scale-conditional important data", () => {
  const charging = "conn.charging-network";
  it.each([
    { facts: { chargingVehicles: 100_000 }, important: false },
    { facts: { chargingVehicles: 100_001 }, important: true },
    { facts: {}, important: true },
  ])("charging-network with $facts is important: $important", ({ facts, important }) => {
    const verdict = evaluate(flow({ categories: [charging] }), {
      records: [record({ mechanism: "standard-contract", categories: [charging] })],
      organization: facts,
    });
    if (important) {
      expect(verdict.status).toBe("inadequate");
      expect(gapKinds(verdict)).toEqual(["mechanism-too-weak"]);
    } else {
      expect(verdict.status).toBe("not-export");
      expect(verdict.required).toContain("is not important data");
    }
  });

  it.each([
    { vehiclesInChina: 499_999, level: "none" },
    { vehiclesInChina: 500_000, level: "security-assessment" },
  ] as const)("control-relevant OTA data with $vehiclesInChina vehicles needs $level", ({ vehiclesInChina, level }) => {
    const verdict = evaluate(flow({ categories: ["ota.vehicle-control-upgrade"] }), { organization: { vehiclesInChina } });
    expect(verdict.requirement?.level).toBe(level);
  });

  it("explains an undeclared organisation fact", () => {
    const verdict = evaluate(flow({ categories: ["conn.platform-topology"] }));
    expect(verdict.required).toContain("organization.platformVehicles is not declared (take the higher level)");
  });

  it("below scale the category still has to be listed, but the mechanism follows the rest of the flow", () => {
    const categories = ["pi.general.driving-behaviour", charging];
    const organization = { chargingVehicles: 20_000 };
    const listed = evaluate(flow({ categories }), {
      records: [record({ mechanism: "standard-contract", categories, scale: { individuals: 200_000 } })],
      organization,
    });
    expect(listed.status).toBe("covered");
    const unlisted = evaluate(flow({ categories }), {
      records: [record({ mechanism: "standard-contract", categories: [categories[0]!], scale: { individuals: 200_000 } })],
      organization,
    });
    expect(gapKinds(unlisted)).toEqual(["category-missing"]);
    expect(unlisted.gaps[0]!.categories).toEqual([charging]);
  });
});

describe("map approval", () => {
  const located = ["ad.exterior-imagery", SENSITIVE];
  it.each([
    { categories: ["geo.hd-map"], needsMap: true },
    { categories: ["ad.lidar-pointcloud"], needsMap: true },
    { categories: ["ad.exterior-imagery"], needsMap: false },
    { categories: located, needsMap: true },
    { categories: ["ad.training-data", "pi.sensitive.location-trajectory"], needsMap: true },
    { categories: ["ad.training-data"], needsMap: false },
  ])("$categories needs map approval: $needsMap", ({ categories, needsMap }) => {
    const base = { categories, scale: { individuals: 0, sensitiveIndividuals: 0 } };
    const without = evaluate(flow({ categories }), { records: [record(base)] });
    expect(without.status).toBe(needsMap ? "inadequate" : "covered");
    expect(gapKinds(without)).toEqual(needsMap ? ["map-approval-missing"] : []);
    const withApproval = evaluate(flow({ categories }), { records: [record({ ...base, mapApproval: "MNR-2026-007" })] });
    expect(withApproval.status).toBe("covered");
  });

  it("names the categories that need it in the requirement", () => {
    const verdict = evaluate(flow({ categories: located }), { records: [record({ categories: located, scale: { individuals: 0 } })] });
    expect(verdict.gaps[0]!.categories).toEqual(["ad.exterior-imagery"]);
    expect(verdict.required).toContain("surveying authority's approval");
  });
});

describe("map approval when located, from the pack's data", () => {
  it("follows the pack: a category an extending pack marks `when-located`, with a category it marks `locates`", () => {
    const base = fixturePack();
    const categories = new Map(base.categories);
    categories.set("ad.road-test", { ...categories.get("ad.road-test")!, needsMapApproval: "when-located" });
    categories.set("conn.vehicle-flow-logistics", { ...categories.get("conn.vehicle-flow-logistics")!, locates: true });
    const pack = { ...base, categories };
    expect(categoriesNeedingMapApproval(["ad.road-test"], pack)).toEqual([]);
    expect(categoriesNeedingMapApproval(["ad.road-test", "conn.vehicle-flow-logistics"], pack)).toEqual(["ad.road-test"]);
    expect(categoriesNeedingMapApproval(["ad.road-test", "conn.vehicle-flow-logistics"], base)).toEqual([]);
    expect(categoriesNeedingMapApproval(["ad.exterior-imagery", "pi.sensitive.location-trajectory"], base)).toEqual(["ad.exterior-imagery"]);
  });
});
