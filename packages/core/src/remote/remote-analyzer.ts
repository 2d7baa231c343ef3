import { scanTypeScript } from "../program/index.js";
import type { Analyzer, AnalysisContext, AnalyzerOutput } from "../model/analysis.js";
import { analyzeRemoteAccess } from "./analyze-remote-access.js";
import { remoteAccessWorthAnalysing } from "./remote-gate.js";

/**
 * The scan's remote-access analyser, on the scan's one TypeScript program
 * (`programForScan`, shared with the flow analyser, which reports the
 * program's own errors). It first checks cheaply whether there is anything to
 * find (`remoteAccessWorthAnalysing`).
 */
export const remoteAnalyzer: Analyzer = {
  id: "remote",
  run(context: AnalysisContext): AnalyzerOutput {
    if (context.filesByKind.typescript.length === 0) return {};
    const scan = scanTypeScript(context);
    if (!remoteAccessWorthAnalysing({ pack: context.pack, config: context.config, sourceTexts: scan.sourceFiles.map((sf) => sf.text) })) return {};
    const result = analyzeRemoteAccess(scan.input);
    return { findings: result.findings, flows: result.flows };
  },
};
