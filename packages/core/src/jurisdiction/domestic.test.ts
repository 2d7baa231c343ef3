import { describe, expect, it } from "vitest";
import { isDomestic, isInternalNetwork, isKnownForeign, isMainlandChina, isUnplaced, normaliseJurisdiction, sameJurisdiction } from "./domestic.js";

describe("jurisdiction predicates", () => {
  it("normalises ISO codes to upper case and the two words to lower case", () => {
    expect(["de", "Cn", "INTERNAL", "Unknown", "SG"].map(normaliseJurisdiction)).toEqual(["DE", "CN", "internal", "unknown", "SG"]);
  });

  it.each([
    // jurisdiction, mainland, internal, domestic, unplaced, known foreign
    ["CN", true, false, true, false, false],
    ["cn", true, false, true, false, false],
    ["internal", false, true, true, false, false],
    ["HK", false, false, false, false, true],
    ["TW", false, false, false, false, true],
    ["DE", false, false, false, false, true],
    ["unknown", false, false, false, true, false],
    ["", false, false, false, true, false],
  ] as const)("%s", (jurisdiction, mainland, internal, domestic, unplaced, foreign) => {
    expect([
      isMainlandChina(jurisdiction),
      isInternalNetwork(jurisdiction),
      isDomestic(jurisdiction),
      isUnplaced(jurisdiction),
      isKnownForeign(jurisdiction),
    ]).toEqual([mainland, internal, domestic, unplaced, foreign]);
  });

  it("compares spellings of one jurisdiction as equal", () => {
    expect(sameJurisdiction("de", "DE")).toBe(true);
    expect(sameJurisdiction("DE", "AT")).toBe(false);
  });
});
