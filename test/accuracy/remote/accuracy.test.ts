import { describe, expect, it } from "vitest";
import { measureRemoteAccuracy, readLabels } from "./measure.js";

describe("remote-access and processing-abroad accuracy corpus", () => {
  it("is big enough to mean something", () => {
    const { labels, negatives } = readLabels();
    expect(labels.filter((l) => l.behaviour === "remote-access" || l.behaviour === "processing-abroad").length).toBeGreaterThanOrEqual(25);
    expect(labels.some((l) => l.behaviour === "processing-abroad")).toBe(true);
    expect(negatives).toBeGreaterThanOrEqual(15);
  });

  it("reaches precision and recall of at least 0.9", async () => {
    const m = await measureRemoteAccuracy();
    const misses = [
      ...m.falseNegatives.map((l) => `FN ${l.file}:${l.line} ${l.rule} ${l.behaviour}`),
      ...m.falsePositives.map((f) => `FP ${f.location.file}:${f.location.line} ${f.ruleId} ${f.export?.behaviour}`),
    ];
    expect(m.precision, misses.join("\n")).toBeGreaterThanOrEqual(0.9);
    expect(m.recall, misses.join("\n")).toBeGreaterThanOrEqual(0.9);
  });
});
