import { describe, expect, it } from "vitest";
import { evaluate, flow, gapKinds, record } from "./fixtures/builders.js";
import { normaliseJurisdiction } from "../jurisdiction/domestic.js";

describe("jurisdiction", () => {
  it.each(["CN", "internal"])("%s is not an export", (jurisdiction) => {
    const verdict = evaluate(flow({ jurisdiction: normaliseJurisdiction(jurisdiction), vehicleSide: true }));
    expect(verdict.status).toBe("not-export");
    expect(verdict.gaps).toEqual([]);
  });
  it.each(["HK", "MO", "TW", "DE"])("%s is foreign", (jurisdiction) => {
    expect(evaluate(flow({ jurisdiction: normaliseJurisdiction(jurisdiction) })).status).toBe("gap");
  });
  it("unknown is judged as foreign: a record naming the destination still covers", () => {
    expect(evaluate(flow({ jurisdiction: normaliseJurisdiction("unknown") }), { records: [record()] }).status).toBe("covered");
    expect(evaluate(flow({ jurisdiction: normaliseJurisdiction("unknown") })).status).toBe("gap");
  });
  it("a flow that carries only `none` is not an export", () => {
    expect(evaluate(flow({ categories: ["none"] })).status).toBe("not-export");
  });
  it("an id the pack does not define is taken as important data", () => {
    const verdict = evaluate(flow({ categories: ["pi.general.vin"] }), {
      records: [record({ mechanism: "standard-contract", categories: ["pi.general.vin"] })],
    });
    expect(gapKinds(verdict)).toEqual(["mechanism-too-weak"]);
    expect(verdict.required).toContain("not defined by the rule pack");
  });
});

describe("vehicle-side code", () => {
  it("sending PI to a foreign host is vehicle-direct even with a covering record", () => {
    const verdict = evaluate(flow({ vehicleSide: true }), { records: [record()] });
    expect(verdict.status).toBe("vehicle-direct");
    expect(gapKinds(verdict)).toEqual(["vehicle-side"]);
    expect(verdict.tried).toEqual([]);
  });
  it("sending important data abroad is vehicle-direct", () => {
    expect(evaluate(flow({ vehicleSide: true, categories: ["ad.road-test"] })).status).toBe("vehicle-direct");
  });
  it("data that is neither PI nor important at this scale is not", () => {
    const verdict = evaluate(flow({ vehicleSide: true, categories: ["conn.charging-network"] }), { organization: { chargingVehicles: 10 } });
    expect(verdict.status).toBe("not-export");
  });
  it("an unresolved destination is judged normally (it is not known to be foreign)", () => {
    expect(evaluate(flow({ vehicleSide: true, jurisdiction: normaliseJurisdiction("unknown") }), { records: [record()] }).status).toBe("covered");
  });
});

describe("record matching", () => {
  it("a record matches by host glob, URL or bucket", () => {
    const records = [record({ destinations: ["*.example.de", "s3://logs-*"] })];
    expect(evaluate(flow({ destination: "https://api.eu.example.de/x" }), { records }).status).toBe("covered");
    expect(evaluate(flow({ destination: "s3://logs-2026/trips/a.json" }), { records }).status).toBe("covered");
    expect(evaluate(flow({ destination: "example.de" }), { records }).status).toBe("gap");
    expect(evaluate(flow({ destination: "s3://other" }), { records }).status).toBe("gap");
  });

  it("picks the record with the fewest gaps and lists every record tried", () => {
    const records = [
      record({ id: "OLD", validFrom: "2020-01-01", validUntil: "2022-12-31" }),
      record({ id: "NARROW", categories: ["pi.general.app-usage"] }),
      record({ id: "GOOD" }),
    ];
    const verdict = evaluate(flow(), { records });
    expect(verdict.status).toBe("covered");
    expect(verdict.record).toBe("GOOD");
    expect(verdict.tried.map((t) => [t.record, t.gaps.map((g) => g.kind)])).toEqual([
      ["OLD", ["record-expired"]],
      ["NARROW", ["category-missing"]],
      ["GOOD", []],
    ]);
  });

  it("between equally bad records prefers the one missing fewer categories, then registry order", () => {
    const categories = ["pi.general.vehicle-identifier", "pi.general.app-usage", "pi.general.device-identifier"];
    const records = [
      record({ id: "MISSES-TWO", categories: [categories[0]!] }),
      record({ id: "MISSES-ONE-A", categories: categories.slice(0, 2) }),
      record({ id: "MISSES-ONE-B", categories: categories.slice(0, 2) }),
    ];
    const verdict = evaluate(flow({ categories }), { records });
    expect(verdict.status).toBe("inadequate");
    expect(verdict.record).toBe("MISSES-ONE-A");
    expect(verdict.gaps[0]!.categories).toEqual(["pi.general.device-identifier"]);
  });

  it("a record for other behaviours does not cover remote access", () => {
    const verdict = evaluate(flow({ behaviour: "remote-access" }), { records: [record({ behaviours: ["push"] })] });
    expect(gapKinds(verdict)).toEqual(["behaviour-missing"]);
  });
});

describe("citations", () => {
  it("a cited record that covers the flow covers it", () => {
    expect(evaluate(flow({ citedRecord: "SA-2026-0142" }), { records: [record()] }).status).toBe("covered");
  });
  it("a cited id that does not exist is record-not-found, with a suggestion", () => {
    const verdict = evaluate(flow({ citedRecord: "SA-2026-0124" }), { records: [record()] });
    expect(verdict.status).toBe("gap");
    expect(gapKinds(verdict)).toEqual(["record-not-found"]);
    expect(verdict.gaps[0]!.message).toContain("did you mean SA-2026-0142?");
  });
  it("is never a suppression: a cited record for another destination is inadequate even when another record covers", () => {
    const records = [record({ id: "ELSEWHERE", destinations: ["api.example.us"] }), record({ id: "COVERS" })];
    const verdict = evaluate(flow({ citedRecord: "ELSEWHERE" }), { records });
    expect(verdict.status).toBe("inadequate");
    expect(verdict.record).toBe("ELSEWHERE");
    expect(gapKinds(verdict)).toEqual(["destination-missing"]);
    expect(verdict.tried.map((t) => t.record)).toEqual(["ELSEWHERE"]);
  });
  it("a cited expired record is expired", () => {
    expect(evaluate(flow({ citedRecord: "SA-2026-0142" }), { records: [record()], asOf: "2030-01-01" }).status).toBe("expired");
  });
});

describe("quantities may not be split", () => {
  const contract = (id: string, individuals: number | undefined, extra = {}) =>
    record({ id, mechanism: "standard-contract", scale: individuals === undefined ? {} : { individuals }, ...extra });

  it("records of the same recipient add up", () => {
    const records = [contract("A", 600_000), contract("B", 500_000, { destinations: ["backup.example.de"] })];
    const verdict = evaluate(flow(), { records });
    expect(verdict.record).toBe("A");
    expect(gapKinds(verdict)).toEqual(["scale-exceeds-declared"]);
    expect(verdict.required).toContain("declared 1,100,000 in total with B");
  });
  it("records sharing a destination add up even under another recipient name", () => {
    const records = [
      contract("A", 600_000),
      contract("B", 500_000, { recipient: { name: "Example Motors Services GmbH", country: normaliseJurisdiction("DE") } }),
    ];
    expect(gapKinds(evaluate(flow(), { records }))).toEqual(["scale-exceeds-declared"]);
  });
  it("other recipients, expired records and E2 records do not add up", () => {
    const records = [
      contract("A", 600_000),
      contract("OTHER", 500_000, { recipient: { name: "Other Ltd", country: normaliseJurisdiction("GB") }, destinations: ["api.other.co.uk"] }),
      contract("EXPIRED", 500_000, { validFrom: "2020-01-01", validUntil: "2021-01-01" }),
      record({ id: "CONTRACT-WITH-PERSON", mechanism: "exemption", exemption: "E2", scale: { individuals: 900_000 } }),
    ];
    const verdict = evaluate(flow(), { records });
    expect(verdict.status).toBe("covered");
    expect(verdict.record).toBe("A");
  });
  it("a related record without a declared scale makes the total undeclared", () => {
    const records = [contract("A", 600_000), contract("B", undefined, { destinations: ["backup.example.de"] })];
    const verdict = evaluate(flow(), { records });
    expect(gapKinds(verdict)).toEqual(["scale-exceeds-declared"]);
    expect(verdict.gaps[0]!.message).toContain("record B declares no scale.individuals");
  });
  it("an E8 record cannot be split either", () => {
    const records = [
      record({ id: "E8-A", mechanism: "exemption", exemption: "E8", scale: { individuals: 60_000 } }),
      record({ id: "E8-B", mechanism: "exemption", exemption: "E8", scale: { individuals: 60_000 }, destinations: ["backup.example.de"] }),
    ];
    const verdict = evaluate(flow(), { records });
    expect(verdict.status).toBe("inadequate");
    expect(gapKinds(verdict)).toEqual(["scale-exceeds-declared"]);
    expect(verdict.gaps[0]!.message).toContain("120,000 people in total");
  });
  it("a record without PI categories adds no people", () => {
    const records = [contract("A", 600_000), record({ id: "DESIGN", categories: ["rd.product-design"], destinations: ["cad.example.de"] })];
    expect(evaluate(flow(), { records }).status).toBe("covered");
  });
});
