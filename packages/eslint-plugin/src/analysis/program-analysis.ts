import type ts from "typescript";
import { findingMessage, type ClassifiedField, type FieldIndex, type Finding } from "@vdx/core";
import type { ProjectKnowledge } from "../project/knowledge.js";
import { pushedExportFindings, remoteExportFindings, type ExportAnalysisInput } from "./core-engine.js";
import { fieldIndexOf } from "./field-index-reuse.js";
import { isOwnDeclarationSource, isOwnSource, projectFilesOf, type ProjectFiles } from "./project-files.js";
import { DeclarationClassifications } from "./declaration-classifications.js";
import { ExportRelevance } from "./export-relevance.js";
import { normalise } from "../file-paths.js";

type TS = typeof ts;

/** The findings of one program state, handed out per file. */
export interface ProgramAnalysis {
  /** True for a real program (type information); false for the one-file program of the syntactic fallback. */
  readonly typed: boolean;
  /** `unclassified-signal` and `unknown-category` findings on TypeScript declarations in `file`. */
  declarationFindings(file: string): readonly Finding[];
  /** The fields the core classified in `file` (what a `require-classification` finding is about). */
  declarationFields(file: string): readonly ClassifiedField[];
  /** The export findings (`unassessed-export` … `unresolved-destination`) located in `file`. */
  exportFindings(file: string): readonly Finding[];
}

/**
 * Lazily computed analysis of one program state. Each part runs at most once
 * per program state and knowledge generation, however many files and rules
 * ask:
 * - the declaration findings of one file classify that file alone (its
 *   referenced types are still resolved through the checker, quietly), so the
 *   schema rules never pay for the whole program; classifications are kept
 *   per `SourceFile` across program states (declaration-classifications.ts),
 *   so the field index of the export analysis re-classifies only what an
 *   edit can have changed;
 * - the export findings of a file come from the core's flow analysis focused
 *   on that file (it follows flows across files as far as the findings located
 *   there need, reusing what earlier states computed), and from the remote
 *   analysis, which runs over the whole program once per state when its gate
 *   is open; a file that cannot hold one (see export-relevance.ts) is answered
 *   without running either.
 */
class LazyProgramAnalysis implements ProgramAnalysis {
  #classifications?: DeclarationClassifications;
  readonly #declarationsByFile = new Map<string, { findings: readonly Finding[]; fields: readonly ClassifiedField[] }>();
  readonly #exportsByFile = new Map<string, readonly Finding[]>();
  #remote?: Map<string, Finding[]> | { failure: unknown };
  #exportInput?: ExportAnalysisInput;
  #relevance?: ExportRelevance;
  #projectFiles?: ProjectFiles;

  constructor(
    private readonly typescript: TS,
    private readonly program: ts.Program,
    readonly knowledge: ProjectKnowledge,
    readonly asOf: string,
    readonly typed: boolean,
  ) {}

  declarationFindings(file: string): readonly Finding[] {
    return this.#classification(file).findings;
  }

  declarationFields(file: string): readonly ClassifiedField[] {
    return this.#classification(file).fields;
  }

  #classification(file: string): { findings: readonly Finding[]; fields: readonly ClassifiedField[] } {
    const key = normalise(file);
    let classification = this.#declarationsByFile.get(key);
    if (!classification) {
      let fields: readonly ClassifiedField[] = [];
      const findings = this.#inventoried(key)
        ? guarded(key, "type classification", () => {
            const classified = this.#declarations().of([key], { keep: false })[0];
            fields = classified?.fields ?? [];
            return classified?.findings ?? [];
          })
        : [];
      classification = { findings, fields };
      this.#declarationsByFile.set(key, classification);
    }
    return classification;
  }

  exportFindings(file: string): readonly Finding[] {
    const key = normalise(file);
    let findings = this.#exportsByFile.get(key);
    if (findings) return findings;
    findings = [];
    const sourceFile = this.program.getSourceFile(key);
    if (sourceFile && this.#analysed(key)) {
      this.#relevance ??= new ExportRelevance(this.typescript, this.program, this.knowledge.pack);
      if (this.#relevance.fileMayHaveFindings(sourceFile)) {
        const pushed = guarded(sourceFile.fileName, "flow analysis", () => pushedExportFindings(this.#input(), key));
        findings = [...pushed, ...this.#remoteFindings(sourceFile.fileName)];
        if (!this.typed) findings = findings.filter(backedWithoutTypes);
      }
    }
    this.#exportsByFile.set(key, findings);
    return findings;
  }

  /** Remote access and processing abroad in `file`: one whole-program run per state, handed out per file. */
  #remoteFindings(file: string): readonly Finding[] {
    if (!this.#remote) {
      try {
        this.#remote = groupByFile(remoteExportFindings(this.#input()));
      } catch (failure) {
        this.#remote = { failure };
      }
    }
    if (this.#remote instanceof Map) return this.#remote.get(normalise(file)) ?? [];
    return [failureFinding(file, "remote-access analysis", this.#remote.failure)];
  }

  #input(): ExportAnalysisInput {
    this.#exportInput ??= {
      typescript: this.typescript,
      program: this.program,
      files: this.#files().paths,
      sourceFiles: this.#files().inProgramOrder,
      knowledge: this.knowledge,
      fields: this.#fieldIndex(),
      asOf: this.asOf,
    };
    return this.#exportInput;
  }

  #fieldIndex(): FieldIndex {
    return fieldIndexOf(this.knowledge, this.#declarations().ofProject(this.#files().inFieldOrder));
  }

  #declarations(): DeclarationClassifications {
    this.#classifications ??= new DeclarationClassifications(this.typescript, this.program, this.knowledge);
    return this.#classifications;
  }

  /** Whether the CLI classifies the declarations of `file`: one of {@link #files}, or one of the project's own `.d.ts` files. */
  #inventoried(file: string): boolean {
    const sourceFile = this.program.getSourceFile(file);
    return sourceFile !== undefined && isOwnDeclarationSource(sourceFile) && this.knowledge.inScope(file);
  }

  /** Whether `file` is one of {@link #files}, without listing the program (one keystroke, one file). */
  #analysed(file: string): boolean {
    const sourceFile = this.program.getSourceFile(file);
    return sourceFile !== undefined && isOwnSource(sourceFile) && this.knowledge.inScope(file);
  }

  /** The files the CLI would analyse in this program: its own sources that the config puts in scope. */
  #files(): ProjectFiles {
    this.#projectFiles ??= projectFilesOf(this.program, this.knowledge);
    return this.#projectFiles;
  }
}

/**
 * A core exception is a vdx bug, never the user's: like the CLI (which turns
 * an analyser's exception into an `invalid-input` finding), the rules report
 * it on the file instead of crashing the lint of every file.
 */
function guarded(file: string, what: string, run: () => readonly Finding[]): readonly Finding[] {
  try {
    return run();
  } catch (error) {
    return [failureFinding(file, what, error)];
  }
}

function failureFinding(file: string, what: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ruleId: "invalid-input",
    level: "error",
    ...findingMessage("invalid-input", "pluginAnalysisFailed", { analysis: what, reason: reason.split("\n")[0] ?? reason }),
    location: { file, line: 1, column: 1 },
    fingerprint: `plugin-failure|${what}`,
  };
}

/**
 * Without the rest of the program an unresolved destination may only be
 * unresolved *here* (the URL comes from an import): that claim cannot be
 * backed, so the fallback keeps only findings whose destination it saw.
 */
function backedWithoutTypes(finding: Finding): boolean {
  return finding.ruleId !== "unresolved-destination";
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const file = normalise(finding.location.file);
    let list = byFile.get(file);
    if (!list) byFile.set(file, (list = []));
    list.push(finding);
  }
  return byFile;
}

const byProgram = new WeakMap<ts.Program, LazyProgramAnalysis>();

/**
 * The analysis of a program typescript-eslint built. Keyed by the program
 * object: while nothing is edited every linted file of the program shares one
 * analysis; an edit gives a new program object and so a new analysis, and the
 * old one is collected with its program.
 */
export function analysisOfProgram(typescript: TS, program: ts.Program, knowledge: ProjectKnowledge, asOf: string): ProgramAnalysis {
  const cached = byProgram.get(program);
  if (cached?.knowledge === knowledge && cached.asOf === asOf) return cached;
  const analysis = new LazyProgramAnalysis(typescript, program, knowledge, asOf, true);
  byProgram.set(program, analysis);
  return analysis;
}

const byLintedText = new WeakMap<object, LazyProgramAnalysis>();

/**
 * The analysis of a file linted without type information, on a program of
 * that file alone. `key` is the parsed AST ESLint shares between the rules of
 * one lint, so the rules of a file build it once.
 */
export function analysisOfLonelyFile(typescript: TS, key: object, program: () => ts.Program, knowledge: ProjectKnowledge, asOf: string): ProgramAnalysis {
  const cached = byLintedText.get(key);
  if (cached?.knowledge === knowledge && cached.asOf === asOf) return cached;
  const analysis = new LazyProgramAnalysis(typescript, program(), knowledge, asOf, false);
  byLintedText.set(key, analysis);
  return analysis;
}
