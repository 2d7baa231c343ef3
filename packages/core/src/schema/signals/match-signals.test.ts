import { describe, expect, it } from "vitest";
import type { RulePack } from "../../model/pack.js";
import { explainSignals, matchSignals } from "./match-signals.js";

const examples = { match: ["x"], noMatch: ["y"] };

/** A pack with one term that looks at its siblings, one qualifier and one dictionary. */
function smallPack(): RulePack {
  return {
    id: "t",
    version: "0.0.0",
    title: "t",
    roots: [],
    categories: new Map(),
    exemptions: new Map(),
    destinations: { hosts: [], clouds: [], internal: { cidrs: [], suffixes: [], examples } },
    sinks: [],
    propagation: { mutators: new Set(), callbackResults: new Set(), emptyResults: new Set(), elementCallbacks: new Set(), containers: new Map() },
    signals: new Map([
      [
        "pi.general.driving-behaviour",
        {
          category: "pi.general.driving-behaviour",
          terms: [{ parts: ["speed"], confidence: 0.6, context: { parts: ["vehicle", "heading"], confidence: 0.85 }, examples }],
          vss: [],
          types: [],
        },
      ],
      [
        "pi.general.vehicle-identifier",
        { category: "pi.general.vehicle-identifier", terms: [{ parts: ["vin"], confidence: 0.95, examples }], vss: [], types: [] },
      ],
    ]),
    vocabulary: {
      abbreviations: [{ short: "spd", full: "speed", examples }],
      qualifiers: [{ id: "size", meaning: "a size", parts: [["length"]], position: "after", cap: 0, examples }],
    },
    dictionaries: [
      {
        id: "ocpp",
        title: "OCPP",
        sources: [{ id: "ocpp16", spec: "OCPP", version: "1.6", section: "MeterValues" }],
        context: { parts: ["ocpp"], objects: ["MeterValuesRequest"] },
        instances: [],
        groups: [
          { source: "ocpp16", categories: ["conn.charging-network"], confidence: 0.9, alone: 0.6, names: ["meterStart", "connectorId"], examples },
          { source: "ocpp16", out: "protocol plumbing", names: ["timestamp"], examples },
        ],
      },
    ],
  };
}

/** Counts reads of the array's elements, so the test measures matcher work, not time. */
function countingArray(names: string[]): { array: string[]; reads: () => number } {
  let reads = 0;
  const array = new Proxy(names, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { array, reads: () => reads };
}

function siblingReadsFor(fields: number, prefix: string): number {
  const pack = smallPack();
  const names = Array.from({ length: fields }, (_, i) => `${prefix}${i}`);
  const { array, reads } = countingArray(names);
  for (const name of names) matchSignals(name, { siblings: array, parents: ["Telemetry"] }, pack);
  return reads();
}

describe("matchSignals on a wide container", () => {
  it("reads each sibling list once, however many fields share it (linear, not quadratic)", () => {
    // Every `vehicleSpeedN` looks for context among its siblings: the list is summarised once.
    for (const fields of [2_000, 4_000, 20_000]) expect(siblingReadsFor(fields, "vehicleSpeed")).toBe(fields);
    expect(siblingReadsFor(20_000, "p")).toBe(20_000);
  });

  it("still finds context among the siblings", () => {
    const pack = smallPack();
    const siblings = ["speed", "heading"];
    expect(matchSignals("speed", { siblings }, pack)[0]).toMatchObject({ confidence: 0.85, which: "term:speed+ctx:heading" });
    expect(matchSignals("spd", { siblings: ["spd"] }, pack)[0]).toMatchObject({ confidence: 0.6 });
  });
});

describe("dictionaries", () => {
  it("decide a name in their context: beside another name of theirs or in an object they know", () => {
    const pack = smallPack();
    expect(matchSignals("meterStart", { siblings: ["meterStart", "connectorId"] }, pack)).toEqual([
      { category: "conn.charging-network", confidence: 0.9, which: "dict:ocpp:meterStart+ctx" },
    ]);
    expect(matchSignals("meter_start", { parents: ["MeterValuesRequest"] }, pack)[0]?.confidence).toBe(0.9);
    expect(matchSignals("METER_START", { parents: ["OcppMessage"] }, pack)[0]?.confidence).toBe(0.9);
  });

  it("count a name seen elsewhere only at its `alone` confidence, and never count the field as its own context", () => {
    const pack = smallPack();
    expect(matchSignals("meterStart", { siblings: ["meterStart", "id"] }, pack)[0]).toMatchObject({ confidence: 0.6, which: "dict:ocpp:meterStart" });
  });

  it("stop name guessing for a name they leave out, in their context only", () => {
    const pack = { ...smallPack() };
    pack.signals = new Map(pack.signals);
    pack.signals.set("pi.sensitive.location-trajectory", {
      category: "pi.sensitive.location-trajectory",
      terms: [{ parts: ["timestamp"], confidence: 0.9, examples }],
      vss: [],
      types: [],
    });
    const inOcpp = explainSignals("timestamp", { siblings: ["timestamp", "connectorId"] }, pack);
    expect(inOcpp.candidates).toEqual([]);
    expect(inOcpp.suppressed.map((s) => s.by)).toEqual(["out: protocol plumbing", "dict:ocpp:timestamp"]);
    expect(matchSignals("timestamp", { siblings: ["timestamp", "value"] }, pack)).toHaveLength(1);
  });
});

describe("qualifiers", () => {
  it("stop the term they are about, and say so", () => {
    const explanation = explainSignals("vinLength", {}, smallPack());
    expect(explanation.candidates).toEqual([]);
    expect(explanation.suppressed).toEqual([{ which: "term:vin", category: "pi.general.vehicle-identifier", by: "qualifier:size" }]);
    expect(matchSignals("vin", {}, smallPack())).toHaveLength(1);
    // Before the term, `length` qualifies nothing.
    expect(matchSignals("lengthVin", {}, smallPack())).toHaveLength(1);
  });
});
