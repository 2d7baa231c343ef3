import { describe, expect, it } from "vitest";
import { loadRulePack } from "../pack/index.js";
import { fixturePack } from "./fixtures/fixture-pack.js";
import { evaluate, flow, gapKinds, record } from "./fixtures/builders.js";

/** The evaluator against the shipped 2026 pack, and the fixture checked against it so the two cannot drift. */
describe("with the built-in 2026 pack", () => {
  const outcome = loadRulePack({ rulePack: "2026", extends: [], baseDir: process.cwd() });
  const pack = outcome.value;

  it("loads without errors", () => {
    expect(outcome.errors).toEqual([]);
  });

  it("the fixture pack has the built-in pack's ids, kinds and scale conditions", () => {
    const fixture = fixturePack();
    expect([...fixture.categories.keys()].sort()).toEqual([...pack.categories.keys()].sort());
    for (const [id, category] of pack.categories) {
      const mine = fixture.categories.get(id)!;
      const facts = (c: typeof category) => ({
        id,
        kind: c.kind,
        fact: c.importantWhen?.fact,
        threshold: c.importantWhen?.threshold,
        exclusive: c.importantWhen?.exclusive ?? false,
        locates: c.locates ?? false,
        needsMapApproval: c.needsMapApproval ?? null,
      });
      expect(facts(mine)).toEqual(facts(category));
    }
    for (const [id, exemption] of pack.exemptions) {
      const mine = fixture.exemptions.get(id)!;
      expect({ id, appliesTo: mine.appliesTo, covers: mine.coversCategories, filing: mine.requiresFilingReference }).toEqual({
        id,
        appliesTo: exemption.appliesTo,
        covers: exemption.coversCategories,
        filing: exemption.requiresFilingReference,
      });
    }
  });

  it('marks where map approval depends on location as pack data (taxonomy "SA (+MAP)")', () => {
    const marked = (field: "locates" | "needsMapApproval") =>
      [...pack.categories.values()]
        .filter((c) => c[field] !== undefined)
        .map((c) => c.id)
        .sort();
    expect(marked("needsMapApproval")).toEqual(["ad.exterior-imagery", "ad.training-data"]);
    expect(marked("locates")).toEqual(["geo.high-precision-positioning", "pi.sensitive.location-trajectory"]);
  });

  it("E5 with a filing reference covers vulnerability data", () => {
    const records = [record({ mechanism: "exemption", exemption: "E5", categories: ["sec.vulnerability"], filingReference: "MIIT-2026-1" })];
    expect(evaluate(flow({ categories: ["sec.vulnerability"] }), { records, pack }).status).toBe("covered");
  });

  it("HD map data without map approval is inadequate", () => {
    const verdict = evaluate(flow({ categories: ["geo.hd-map"] }), { records: [record({ categories: ["geo.hd-map"] })], pack });
    expect(gapKinds(verdict)).toEqual(["map-approval-missing"]);
  });

  it("sensitive PI of 9,999 people is covered by a standard contract, 10,000 is not", () => {
    const categories = ["pi.sensitive.location-trajectory"];
    const at = (n: number) =>
      evaluate(flow({ categories }), {
        records: [record({ mechanism: "standard-contract", categories, scale: { individuals: n, sensitiveIndividuals: n } })],
        pack,
      }).status;
    expect(at(9_999)).toBe("covered");
    expect(at(10_000)).toBe("inadequate");
  });
});
