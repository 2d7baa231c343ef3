import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runFlowCorpus, type CorpusReport } from "../flow/corpus.js";

/**
 * Regression fixtures for the ways real code sends data (issue 11): classified
 * values in query strings, path segments and headers; destinations from
 * configuration modules; SDK classes, factories, generated OpenAPI and gRPC
 * clients, sockets and paired request writes; plain JavaScript without types.
 * Written for vdx (no corpus code), each labelled line is exact: every expected
 * finding with its rule and categories, and nothing else.
 */
const DIR = fileURLToPath(new URL(".", import.meta.url));

describe("code shapes of real send sites", () => {
  let report: CorpusReport;

  it("labels enough send sites, positive and negative, in every project", async () => {
    report = await runFlowCorpus(DIR);
    expect(Object.keys(report.byProject).sort()).toEqual(["config-modules", "sdk-clients", "untyped-js", "url-and-headers"]);
    expect(report.positives).toBeGreaterThanOrEqual(45);
    expect(report.negatives).toBeGreaterThanOrEqual(15);
  }, 240_000);

  it("reports exactly the labelled findings", () => {
    const misses = report.outcomes
      .filter((o) => o.kind === "fp" || o.kind === "fn")
      .map(
        (o) =>
          `${o.kind} ${o.label ? `${o.label.project}/${o.label.file}:${o.label.line} ${o.label.rule ?? "none"} ${o.label.categories.join(" ")}` : `${o.finding?.file}:${o.finding?.line}`} ${o.finding?.message ?? ""}`,
      );
    expect(misses).toEqual([]);
  });
});
