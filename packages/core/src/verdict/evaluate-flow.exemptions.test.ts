import { describe, expect, it } from "vitest";
import type { AssessmentRecord } from "../model/registry.js";
import type { ExemptionId } from "../model/pack.js";
import { evaluate, flow, gapKinds, record } from "./fixtures/builders.js";

function exemptionRecord(exemption: ExemptionId, categories: string[], extra: Partial<AssessmentRecord> = {}): AssessmentRecord {
  return record({ id: `EX-${exemption}`, mechanism: "exemption", exemption, categories, ...extra });
}

const ORDINARY = "pi.general.identity-contact";
const SENSITIVE = "pi.sensitive.financial";

describe("exemptions E1–E9", () => {
  interface Case {
    name: string;
    record: AssessmentRecord;
    categories: string[];
    organization?: { ciio?: boolean };
    gaps: string[];
  }
  const cases: Case[] = [
    // E1: data collected abroad — any kind, but the record must say where it was collected.
    {
      name: "E1 covers important data collected abroad",
      record: exemptionRecord("E1", ["rd.product-test"], { collectedIn: normaliseJurisdiction("DE") }),
      categories: ["rd.product-test"],
      gaps: [],
    },
    { name: "E1 without collectedIn", record: exemptionRecord("E1", ["rd.product-test"]), categories: ["rd.product-test"], gaps: ["exemption-not-applicable"] },
    {
      name: "E1 for data collected in CN",
      record: exemptionRecord("E1", ["rd.product-test"], { collectedIn: normaliseJurisdiction("CN") }),
      categories: ["rd.product-test"],
      gaps: ["exemption-not-applicable"],
    },
    // E2–E4: personal information at any volume, never important data.
    {
      name: "E2 covers PI of an undeclared number of people",
      record: exemptionRecord("E2", [ORDINARY, SENSITIVE]),
      categories: [ORDINARY, SENSITIVE],
      gaps: [],
    },
    {
      name: "E2 does not cover important data",
      record: exemptionRecord("E2", ["ad.road-test"]),
      categories: ["ad.road-test"],
      gaps: ["exemption-not-applicable"],
    },
    { name: "E3 covers employee PI", record: exemptionRecord("E3", [ORDINARY], { scale: { individuals: 2_000_000 } }), categories: [ORDINARY], gaps: [] },
    { name: "E3 does not cover important data", record: exemptionRecord("E3", ["mfg.bom"]), categories: ["mfg.bom"], gaps: ["exemption-not-applicable"] },
    {
      name: "E4 covers sensitive PI in an emergency",
      record: exemptionRecord("E4", ["pi.sensitive.biometric"]),
      categories: ["pi.sensitive.biometric"],
      gaps: [],
    },
    {
      name: "E4 does not cover important data",
      record: exemptionRecord("E4", ["sec.incident"]),
      categories: ["sec.incident"],
      gaps: ["exemption-not-applicable"],
    },
    // E5–E7: one category each, with a filing reference (the record's id when it names no other).
    {
      name: "E5 covers vulnerability data with a filing",
      record: exemptionRecord("E5", ["sec.vulnerability"], { filingReference: "MIIT-VUL-2026-17" }),
      categories: ["sec.vulnerability"],
      gaps: [],
    },
    { name: "E5 whose record id is the filing reference", record: exemptionRecord("E5", ["sec.vulnerability"]), categories: ["sec.vulnerability"], gaps: [] },
    {
      name: "E5 does not cover incident data",
      record: exemptionRecord("E5", ["sec.incident"], { filingReference: "F-1" }),
      categories: ["sec.incident"],
      gaps: ["exemption-not-applicable"],
    },
    {
      name: "E6 covers incident data with a filing",
      record: exemptionRecord("E6", ["sec.incident"], { filingReference: "F-2" }),
      categories: ["sec.incident"],
      gaps: [],
    },
    { name: "E6 whose record id is the filing reference", record: exemptionRecord("E6", ["sec.incident"]), categories: ["sec.incident"], gaps: [] },
    {
      name: "E7 covers OTA package source with a filing",
      record: exemptionRecord("E7", ["ota.package-source"], { filingReference: "F-3" }),
      categories: ["ota.package-source"],
      gaps: [],
    },
    { name: "E7 whose record id is the filing reference", record: exemptionRecord("E7", ["ota.package-source"]), categories: ["ota.package-source"], gaps: [] },
    {
      name: "E7 does not cover algorithms",
      record: exemptionRecord("E7", ["ad.algorithm"], { filingReference: "F-3" }),
      categories: ["ad.algorithm"],
      gaps: ["exemption-not-applicable"],
    },
    // E8: ordinary PI of < 100,000 people, not a CIIO, no sensitive PI.
    { name: "E8 covers 99,999 people", record: exemptionRecord("E8", [ORDINARY], { scale: { individuals: 99_999 } }), categories: [ORDINARY], gaps: [] },
    {
      name: "E8 does not cover 100,000 people",
      record: exemptionRecord("E8", [ORDINARY], { scale: { individuals: 100_000 } }),
      categories: [ORDINARY],
      gaps: ["exemption-not-applicable"],
    },
    { name: "E8 needs a declared scale", record: exemptionRecord("E8", [ORDINARY]), categories: [ORDINARY], gaps: ["exemption-not-applicable"] },
    {
      name: "E8 does not cover sensitive PI",
      record: exemptionRecord("E8", [SENSITIVE], { scale: { individuals: 10, sensitiveIndividuals: 10 } }),
      categories: [SENSITIVE],
      gaps: ["exemption-not-applicable"],
    },
    {
      name: "E8 is not available to a CIIO",
      record: exemptionRecord("E8", [ORDINARY], { scale: { individuals: 10 } }),
      categories: [ORDINARY],
      organization: { ciio: true },
      gaps: ["exemption-not-applicable"],
    },
    {
      name: "E8 does not cover important data",
      record: exemptionRecord("E8", ["ad.feature-data"], { scale: { individuals: 10 } }),
      categories: ["ad.feature-data"],
      gaps: ["exemption-not-applicable"],
    },
    // E9: outside a free-trade zone's negative list — the record names zone and list.
    {
      name: "E9 covers data outside the negative list",
      record: exemptionRecord("E9", ["mfg.bom"], {
        freeTradeZone: { zone: "China (Shanghai) Pilot FTZ Lingang", negativeList: "Lingang data negative list 2025" },
      }),
      categories: ["mfg.bom"],
      gaps: [],
    },
    { name: "E9 without freeTradeZone", record: exemptionRecord("E9", ["mfg.bom"]), categories: ["mfg.bom"], gaps: ["exemption-not-applicable"] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const verdict = evaluate(flow({ categories: c.categories }), { records: [c.record], organization: c.organization ?? { ciio: false } });
      expect(gapKinds(verdict)).toEqual(c.gaps);
      expect(verdict.status).toBe(c.gaps.length === 0 ? "covered" : "inadequate");
      expect(verdict.record).toBe(c.record.id);
    });
  }

  it("says which filing reference an E5–E7 record stands on: its filingReference, else its id", () => {
    const own = evaluate(flow({ categories: ["sec.vulnerability"] }), {
      records: [exemptionRecord("E5", ["sec.vulnerability"], { filingReference: "MIIT-VUL-2026-17" })],
    });
    expect(own.filingReference).toEqual({ record: "EX-E5", reference: "MIIT-VUL-2026-17", source: "filingReference" });
    const byId = evaluate(flow({ categories: ["ota.package-source"] }), {
      records: [exemptionRecord("E7", ["ota.package-source"], { filingReference: null })],
    });
    expect(byId.status).toBe("covered");
    expect(byId.filingReference).toEqual({ record: "EX-E7", reference: "EX-E7", source: "id" });
    expect(byId.tried[0]!.filingReference).toEqual(byId.filingReference);
    // Other exemptions and mechanisms stand on no filing.
    const e4 = evaluate(flow({ categories: ["pi.sensitive.biometric"] }), { records: [exemptionRecord("E4", ["pi.sensitive.biometric"])] });
    expect(e4.filingReference).toBeUndefined();
  });

  it("an exemption record for one category does not cover the PI that needs a mechanism beside it", () => {
    const categories = ["sec.vulnerability", SENSITIVE];
    const verdict = evaluate(flow({ categories }), {
      records: [exemptionRecord("E5", categories, { filingReference: "F", scale: { individuals: 50, sensitiveIndividuals: 50 } })],
    });
    expect(gapKinds(verdict)).toEqual(["exemption-not-applicable"]);
    expect(verdict.gaps[0]!.categories).toEqual([SENSITIVE]);
  });

  it("ordinary PI below 100,000 people needs no mechanism, so an E5 record may carry it along", () => {
    const categories = ["sec.vulnerability", ORDINARY];
    const verdict = evaluate(flow({ categories }), { records: [exemptionRecord("E5", categories, { filingReference: "F", scale: { individuals: 500 } })] });
    expect(verdict.status).toBe("covered");
  });

  it("a security assessment also covers SA* categories", () => {
    const verdict = evaluate(flow({ categories: ["sec.incident"] }), { records: [record({ categories: ["sec.incident"] })] });
    expect(verdict.status).toBe("covered");
  });

  it("a standard contract does not cover SA* categories, and the requirement mentions the exemption", () => {
    const verdict = evaluate(flow({ categories: ["ota.package-source"] }), {
      records: [record({ mechanism: "standard-contract", categories: ["ota.package-source"] })],
    });
    expect(gapKinds(verdict)).toEqual(["mechanism-too-weak"]);
    expect(verdict.required).toContain("an exemption E7 with a filing reference also covers ota.package-source");
  });

  it("an exemption the pack does not define is not applicable", () => {
    const pack = { ...evaluatePackWithout("E9") };
    const verdict = evaluate(flow({ categories: ["mfg.bom"] }), {
      records: [exemptionRecord("E9", ["mfg.bom"], { freeTradeZone: { zone: "z", negativeList: "l" } })],
      pack,
    });
    expect(gapKinds(verdict)).toEqual(["exemption-not-applicable"]);
    expect(verdict.gaps[0]!.message).toContain("defines no exemption E9");
  });
});

import { PACK } from "./fixtures/builders.js";
import { normaliseJurisdiction } from "../jurisdiction/domestic.js";
function evaluatePackWithout(id: ExemptionId) {
  const exemptions = new Map(PACK.exemptions);
  exemptions.delete(id);
  return { ...PACK, exemptions };
}
