import { performance } from "node:perf_hooks";
import type { Finding } from "../model/finding.js";
import type { ClassifiedField } from "../model/schema-field.js";
import type { AnalysisContext, Analyzer, InventoryFlow } from "./types.js";
import { findingMessage } from "../messages/render-message.js";

export interface CombinedOutput {
  findings: Finding[];
  fields: ClassifiedField[];
  flows: InventoryFlow[];
}

/**
 * Runs analysers in order. Each sees the fields classified by the ones before
 * it. An analyser that throws is a vdx bug, not a user's: it becomes an
 * `invalid-input` finding naming the analyser, and the other analysers still run,
 * so one broken step never hides every other result.
 */
export async function runAnalyzers(
  analyzers: readonly Analyzer[],
  base: Omit<AnalysisContext, "fields" | "report">,
  timings: Record<string, number>,
): Promise<CombinedOutput> {
  const combined: CombinedOutput = { findings: [], fields: [], flows: [] };
  for (const analyzer of analyzers) {
    const started = performance.now();
    const reported: Finding[] = [];
    const context: AnalysisContext = {
      ...base,
      fields: [...combined.fields],
      report: (finding) => reported.push(finding),
    };
    try {
      const output = await analyzer.run(context);
      combined.findings.push(...reported, ...(output.findings ?? []));
      combined.fields.push(...(output.fields ?? []));
      combined.flows.push(...(output.flows ?? []));
    } catch (error) {
      combined.findings.push(...reported, analyzerFailure(analyzer.id, base.root, error));
    }
    timings[`analyzer:${analyzer.id}`] = performance.now() - started;
  }
  return combined;
}

function analyzerFailure(id: string, root: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ruleId: "invalid-input",
    level: "error",
    ...findingMessage("invalid-input", "analyzerFailed", { analyzer: id, reason: reason.split("\n")[0] ?? reason }),
    location: { file: root, line: 1, column: 1 },
    fingerprint: `analyzer-failure:${id}`,
  };
}
