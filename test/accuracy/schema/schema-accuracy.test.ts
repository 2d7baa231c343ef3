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
