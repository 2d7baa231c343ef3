import type { ClassifiedField } from "../model/schema-field.js";
import { programForScan } from "../program/index.js";
import type { Analyzer, AnalysisContext, AnalyzerOutput } from "../scan/types.js";
import { classifyTypeScriptDeclarations, createFieldIndex } from "../schema/index.js";
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
    const scanned = context.filesByKind.typescript;
    if (scanned.length === 0) return {};
    const built = programForScan(context);
    const scannedSet = new Set(scanned);
    const files = built.files.filter((f) => scannedSet.has(f));
    const sourceFiles = files.map((f) => built.program.getSourceFile(f)).filter((sf) => sf !== undefined);
    if (!remoteAccessWorthAnalysing({ pack: context.pack, config: context.config, sourceTexts: sourceFiles.map((sf) => sf.text) })) return {};
    // The flow analyser classified the declarations on this same program; classify here only when it did not run.
    let own: ClassifiedField[] = [];
    if (!context.fields.some((f) => f.source === "typescript" && sourceFiles.some((sf) => sf.fileName === f.location.file))) {
      own = classifyTypeScriptDeclarations(built.ts, built.program, sourceFiles, context.pack, context.fields, { root: context.root }).fields;
    }
    const result = analyzeRemoteAccess({
      ts: built.ts,
      program: built.program,
      files,
      pack: context.pack,
      config: context.config,
      registry: context.registry,
      asOf: context.asOf,
      fields: createFieldIndex([...context.fields, ...own]),
    });
    return { findings: result.findings, flows: result.flows };
  },
};
