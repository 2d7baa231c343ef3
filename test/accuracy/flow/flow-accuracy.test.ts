import { describe, expect, it } from "vitest";
import { runFlowCorpus, type CorpusReport } from "./corpus.js";

describe("flow analysis accuracy corpus", () => {
  let report: CorpusReport;

  it("is large enough to mean something", async () => {
    report = await runFlowCorpus();
    expect(report.positives).toBeGreaterThanOrEqual(60);
    expect(report.negatives).toBeGreaterThanOrEqual(40);
  });

  it("keeps precision and recall of export findings at or above 0.9", () => {
    const misses = report.outcomes
      .filter((o) => o.kind === "fp" || o.kind === "fn")
      .map(
        (o) =>
          `${o.kind} ${o.label ? `${o.label.project}/${o.label.file}:${o.label.line}` : `${o.finding?.file}:${o.finding?.line}`} ${o.finding?.message ?? ""}`,
      );
    expect(report.precision, misses.join("\n")).toBeGreaterThanOrEqual(0.9);
    expect(report.recall, misses.join("\n")).toBeGreaterThanOrEqual(0.9);
  });

  it("covers every export rule", () => {
    const rules = new Set(report.outcomes.filter((o) => o.kind === "tp").map((o) => o.finding!.rule));
    expect([...rules].sort()).toEqual(["inadequate-assessment", "unassessed-export", "unresolved-destination", "vehicle-direct-export"]);
  });
});
