import type { Finding } from "../model/finding.js";
import { scanTypeScript, syntaxErrorFindings } from "../program/index.js";
import type { Analyzer, AnalysisContext, AnalyzerOutput } from "../model/analysis.js";
import { analyzeFlows } from "./analyze-flows.js";
import { findingMessage } from "../messages/render-message.js";

/**
 * The scan's flow analyser: one TypeScript program for the scan (ts-morph,
 * from the project's tsconfig), whose problems and syntax errors in the scanned
 * files it reports, TypeScript declarations classified against it when no
 * earlier analyser did, then pushed-export analysis.
 */
export const flowAnalyzer: Analyzer = {
  id: "flow",
  run(context: AnalysisContext): AnalyzerOutput {
    if (context.filesByKind.typescript.length === 0) return {};
    const scan = scanTypeScript(context);
    const findings: Finding[] = scan.built.errors.map((error) => ({
      ruleId: "invalid-input",
      level: "error",
      ...findingMessage("invalid-input", "analysisProblem", { problem: error.message }),
      location: { file: error.file, line: error.line, column: error.column },
      fingerprint: `program|${error.message}`,
    }));
    findings.push(...syntaxErrorFindings(scan.built.ts, scan.built.program, scan.sourceFiles));
    findings.push(...scan.ownFindings);
    context.classified?.(scan.ownFields, scan.ownFindings);
    const result = analyzeFlows(context.observer ? { ...scan.input, observer: context.observer } : scan.input);
    findings.push(...result.findings);
    return { findings, fields: scan.ownFields, flows: result.flows };
  },
};
