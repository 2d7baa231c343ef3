import type { ClassifiedField } from "../model/schema-field.js";
import type { Finding } from "../model/finding.js";
import { programForScan } from "../program/index.js";
import type { Analyzer, AnalysisContext, AnalyzerOutput } from "../scan/types.js";
import { classifyTypeScriptDeclarations, createFieldIndex } from "../schema/index.js";
import { analyzeFlows } from "./analyze-flows.js";

/**
 * The scan's flow analyser: one TypeScript program for the scan (ts-morph,
 * from the project's tsconfig), TypeScript declarations classified against it
 * when no earlier analyser did, then pushed-export analysis.
 */
export const flowAnalyzer: Analyzer = {
  id: "flow",
  run(context: AnalysisContext): AnalyzerOutput {
    const scanned = context.filesByKind.typescript;
    if (scanned.length === 0) return {};
    const built = programForScan(context);
    const findings: Finding[] = built.errors.map((error) => ({
      ruleId: "invalid-input",
      level: "error",
      message: error.message,
      location: { file: error.file, line: error.line, column: error.column },
      fingerprint: `program|${error.message}`,
    }));
    const scannedSet = new Set(scanned);
    const files = built.files.filter((f) => scannedSet.has(f));
    const sourceFiles = files.map((f) => built.program.getSourceFile(f)).filter((sf) => sf !== undefined);

    // TS declarations are classified here unless an earlier analyser already did.
    let ownFields: ClassifiedField[] = [];
    if (!context.fields.some((f) => f.source === "typescript")) {
      // Relative to the scan root, so `generated-from:` paths and fingerprints do not depend on the working directory.
      const classified = classifyTypeScriptDeclarations(built.ts, built.program, sourceFiles, context.pack, context.fields, { root: context.root });
      ownFields = classified.fields;
      findings.push(...classified.findings);
    }
    const result = analyzeFlows({
      ts: built.ts,
      program: built.program,
      files,
      pack: context.pack,
      config: context.config,
      registry: context.registry,
      asOf: context.asOf,
      fields: createFieldIndex([...context.fields, ...ownFields]),
    });
    findings.push(...result.findings);
    return { findings, fields: ownFields, flows: result.flows };
  },
};
