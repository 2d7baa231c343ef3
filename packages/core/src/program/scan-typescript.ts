import type ts from "typescript";
import type { VdxConfig } from "../model/config.js";
import type { Finding } from "../model/finding.js";
import type { RulePack } from "../model/pack.js";
import type { AssessmentRegistry } from "../model/registry.js";
import type { ClassifiedField, FieldIndex } from "../model/schema-field.js";
import type { AnalysisContext } from "../model/analysis.js";
import { classifyTypeScriptDeclarations, createFieldIndex } from "../schema/index.js";
import { sortFields } from "../schema/scan-schema-files.js";
import { createDeclarationOnlyProgram } from "./declaration-only-program.js";
import { programForScan } from "./program-for-scan.js";
import type { ScanProgram } from "./create-scan-program.js";
import { warmDeclarationChains } from "./declaration-chains.js";
import { guardSourceText } from "./guarded-source-text.js";
import type { InputError } from "../input/positioned-document.js";
import { findingMessage } from "../messages/render-message.js";

type TS = typeof import("typescript");

/** What the TypeScript analyses (push flows, remote access) take, in the CLI and in the ESLint plugin alike. */
export interface TypeScriptAnalysisInput {
  /** The TypeScript module `program` was built with (ts-morph's in the CLI, the user's in ESLint). */
  ts: TS;
  program: ts.Program;
  /** Files to analyse (absolute); others in the program are only read through types. */
  files: readonly string[];
  /** The `SourceFile`s of `files` in `program`, when the caller has them already (an editor's re-lint). */
  sourceFiles?: readonly ts.SourceFile[];
  pack: RulePack;
  config: VdxConfig;
  registry: AssessmentRegistry;
  /** Scan date `YYYY-MM-DD`. */
  asOf: string;
  /** Classified fields of the scan (schemas, VSS catalogs, TS declarations). */
  fields: FieldIndex;
}

/**
 * Scanned files whose declarations are inventoried but whose flows are not analysed: `.d.ts` files
 * (in the program when a tsconfig includes them) and files the program leaves out (JavaScript under a
 * tsconfig without `allowJs`, declaration files nothing includes).
 */
function declarationOnlyFiles(
  built: ScanProgram,
  scanned: readonly string[],
  analysed: ReadonlySet<string>,
): { inProgram: ts.SourceFile[]; outside: string[] } {
  const inProgram: ts.SourceFile[] = [];
  const outside: string[] = [];
  for (const file of scanned) {
    if (analysed.has(file)) continue;
    const sourceFile = built.program.getSourceFile(file);
    if (sourceFile) inProgram.push(sourceFile);
    else outside.push(file);
  }
  return { inProgram, outside };
}

/** The part of a scan both TypeScript analysers (flow, remote access) start from. */
export interface ScanTypeScript {
  built: ScanProgram;
  /** Scanned TS/JS files that are in the program (absolute). */
  files: string[];
  sourceFiles: ts.SourceFile[];
  /** Fields classified from TS declarations by this analyser (empty when an earlier one did it). */
  ownFields: ClassifiedField[];
  ownFindings: Finding[];
  /** The analysis input over the scanned files and every classified field so far plus `ownFields`. */
  input: TypeScriptAnalysisInput;
}

/**
 * The scan's one program, the scanned files in it, and the TypeScript
 * declarations classified against it — unless an earlier analyser already
 * classified these files, so that the flow and remote analysers never do it
 * twice nor report the same `unclassified-signal` twice.
 */
export function scanTypeScript(context: AnalysisContext): ScanTypeScript {
  const built = programForScan(context);
  const scanned = new Set(context.filesByKind.typescript);
  const files = built.files.filter((f) => scanned.has(f));
  const sourceFiles = files.map((f) => built.program.getSourceFile(f)).filter((sf): sf is ts.SourceFile => sf !== undefined);
  const inventoried = declarationOnlyFiles(built, context.filesByKind.typescript, new Set(files));
  const fileNames = new Set([...sourceFiles.map((sf) => sf.fileName), ...inventoried.inProgram.map((sf) => sf.fileName), ...inventoried.outside]);
  // Before the first type question: a long chain of inferred declarations is answered from its start.
  warmDeclarationChains(built.ts, built.program.getTypeChecker(), sourceFiles);
  const classifiedAlready = context.fields.some((f) => f.source === "typescript" && fileNames.has(f.location.file));
  let ownFields: ClassifiedField[] = [];
  let ownFindings: Finding[] = [];
  if (!classifiedAlready) {
    // Relative to the scan root, so `generated-from:` paths and fingerprints do not depend on the working directory.
    const classified = classifyTypeScriptDeclarations(built.ts, built.program, [...sourceFiles, ...inventoried.inProgram], context.pack, context.fields, {
      root: context.root,
    });
    ownFields = classified.fields;
    ownFindings = classified.findings;
    if (inventoried.outside.length > 0) {
      const guardProblems: Finding[] = [];
      const side = createDeclarationOnlyProgram(built.ts, inventoried.outside, (fileName, text) => {
        const guarded = guardSourceText(built.ts, fileName, text);
        for (const problem of guarded.problems ?? []) guardProblems.push(guardFinding(problem));
        return guarded.text;
      });
      const outside = inventoried.outside.map((f) => side.getSourceFile(f)).filter((sf): sf is ts.SourceFile => sf !== undefined);
      const more = classifyTypeScriptDeclarations(built.ts, side, outside, context.pack, context.fields, { root: context.root });
      // One order for both programs' fields (by file, line, path), as the ESLint plugin indexes them.
      ownFields = sortFields([...ownFields, ...more.fields]);
      ownFindings = [...ownFindings, ...more.findings, ...guardProblems];
    }
  }
  const input: TypeScriptAnalysisInput = {
    ts: built.ts,
    program: built.program,
    files,
    // In path order, not program order: a scan of part of the project (a PR check, a shard) loads its
    // files in another order, and the engine visits callers in this list's order.
    sourceFiles,
    pack: context.pack,
    config: context.config,
    registry: context.registry,
    asOf: context.asOf,
    fields: createFieldIndex([...context.fields, ...ownFields]),
  };
  return { built, files, sourceFiles, ownFields, ownFindings, input };
}

/** A guard problem of a file only inventoried (not in the scan's program), as the finding the flow analyser reports for the others. */
function guardFinding(problem: InputError): Finding {
  return {
    ruleId: "invalid-input",
    level: "error",
    ...findingMessage("invalid-input", "analysisProblem", { problem: problem.message }),
    location: { file: problem.file, line: problem.line, column: problem.column },
    fingerprint: `program|${problem.message}`,
  };
}
