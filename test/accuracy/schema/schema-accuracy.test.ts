import { describe, expect, it } from "vitest";
import { testPack } from "../../schema/helpers/test-pack.js";
import { evaluateAccuracy, precision, recall } from "./evaluate-accuracy.js";

describe("schema classification accuracy (labelled corpus)", () => {
  const report = evaluateAccuracy(testPack());

  it("is a corpus of at least 300 labelled fields, about a third negatives", () => {
    expect(report.fields).toBeGreaterThanOrEqual(300);
    expect(report.negatives / report.fields).toBeGreaterThanOrEqual(0.3);
  });

  it("reaches precision >= 0.95 and recall >= 0.9 overall", () => {
    const detail = report.mistakes.join("\n");
    expect(precision(report.overall), detail).toBeGreaterThanOrEqual(0.95);
    expect(recall(report.overall), detail).toBeGreaterThanOrEqual(0.9);
  });
});

/**
 * Regression floors on the held-out sets, set just under today's figures (bench/RESULTS.md),
 * not at a wished-for level: held-out 1 has been generalised against (seen), held-out 2's
 * misses were looked at before the last change; held-out 3's miss list was published in
 * RESULTS.md before the dictionaries-and-vocabulary round, so it is no longer blind either.
 * A signal change that loses what these sets find, or starts misfiring on them, fails here.
 */
describe.each([
  { corpus: "holdout" as const, precision: 0.95, recall: 0.95 },
  { corpus: "holdout2" as const, precision: 0.93, recall: 0.72 },
  { corpus: "holdout3" as const, precision: 0.95, recall: 0.83 },
])("schema classification accuracy ($corpus)", ({ corpus, precision: minPrecision, recall: minRecall }) => {
  const report = evaluateAccuracy(testPack(), corpus);

  it(`keeps precision >= ${minPrecision} and recall >= ${minRecall}`, () => {
    expect(report.fields).toBeGreaterThanOrEqual(80);
    const detail = report.mistakes.join("\n");
    expect(precision(report.overall), detail).toBeGreaterThanOrEqual(minPrecision);
    expect(recall(report.overall), detail).toBeGreaterThanOrEqual(minRecall);
  });
});
