import { describe, expect, it } from "vitest";
import type { MechanismKind } from "../model/registry.js";
import { evaluate, flow, gapKinds, record } from "./fixtures/builders.js";
import { validityPeriod } from "./validity.js";

describe("validity on the scan date", () => {
  it.each([
    { asOf: "2026-02-28", status: "inadequate", gaps: ["record-not-yet-valid"] },
    { asOf: "2026-03-01", status: "covered", gaps: [] },
    { asOf: "2029-02-28", status: "covered", gaps: [] },
    { asOf: "2029-03-01", status: "expired", gaps: ["record-expired"] },
  ])("validFrom 2026-03-01, validUntil 2029-02-28, as of $asOf: $status", ({ asOf, status, gaps }) => {
    const verdict = evaluate(flow(), { records: [record()], asOf });
    expect(verdict.status).toBe(status);
    expect(gapKinds(verdict)).toEqual(gaps);
  });

  it("is exact on a leap day: validUntil 2028-02-29 is valid that day and expired on 1 March", () => {
    const records = [record({ mechanism: "standard-contract", scale: { individuals: 1 }, validFrom: "2027-01-01", validUntil: "2028-02-29" })];
    expect(evaluate(flow(), { records, asOf: "2028-02-29" }).status).toBe("covered");
    expect(evaluate(flow(), { records, asOf: "2028-03-01" }).status).toBe("expired");
  });

  it("an expired record that also misses a category is inadequate, not just expired", () => {
    const verdict = evaluate(flow({ categories: ["pi.general.vehicle-identifier", "pi.general.app-usage"] }), { records: [record()], asOf: "2030-01-01" });
    expect(verdict.status).toBe("inadequate");
    expect(gapKinds(verdict)).toEqual(["record-expired", "category-missing"]);
  });
});

describe("security assessments are valid at most 3 years", () => {
  it.each([
    { validFrom: "2026-03-01", validUntil: "2029-12-31", lastDay: "2029-02-28", capped: true },
    { validFrom: "2026-03-01", validUntil: "2029-02-28", lastDay: "2029-02-28", capped: false },
    { validFrom: "2024-02-29", validUntil: "2030-01-01", lastDay: "2027-02-28", capped: true },
    { validFrom: "2025-02-28", validUntil: "2030-01-01", lastDay: "2028-02-27", capped: true },
    { validFrom: "2026-01-15", validUntil: "2026-12-31", lastDay: "2026-12-31", capped: false },
  ])("from $validFrom, record until $validUntil → last day $lastDay", ({ validFrom, validUntil, lastDay, capped }) => {
    expect(validityPeriod(record({ validFrom, validUntil }))).toEqual({ firstDay: validFrom, lastDay, capped });
  });

  it("a capped record is valid on the last day and expired the day after, with the reason", () => {
    const records = [record({ validFrom: "2026-03-01", validUntil: "2029-12-31" })];
    expect(evaluate(flow(), { records, asOf: "2029-02-28" }).status).toBe("covered");
    const after = evaluate(flow(), { records, asOf: "2029-03-01" });
    expect(after.status).toBe("expired");
    expect(after.gaps[0]!.message).toContain("valid for 3 years from validFrom 2026-03-01");
  });

  it.each(["standard-contract", "certification"] as MechanismKind[])("%s is not capped", (mechanism) => {
    const records = [record({ mechanism, scale: { individuals: 1 }, validFrom: "2026-03-01", validUntil: "2035-12-31" })];
    expect(evaluate(flow(), { records, asOf: "2034-06-01" }).status).toBe("covered");
  });

  it("dates that are not calendar dates never make a record valid", () => {
    const verdict = evaluate(flow(), { records: [record({ validUntil: "2029-02-30" })] });
    expect(verdict.status).toBe("expired");
    expect(verdict.gaps[0]!.message).toContain("no valid period");
  });
});
