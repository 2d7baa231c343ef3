import type ts from "typescript";
import type { Finding } from "@vdx/core";
import type { ProjectKnowledge } from "../project/knowledge.js";
import { analyseFlows } from "./core-engine.js";
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
 * - the export findings need the whole program (flows cross files), but a
 *   file that cannot hold one (see export-relevance.ts) is answered without
 *   running the flow analysis at all.
 */
class LazyProgramAnalysis implements ProgramAnalysis {
  #classifications?: DeclarationClassifications;
  readonly #declarationsByFile = new Map<string, readonly Finding[]>();
  #exports?: Map<string, Finding[]>;
  #relevance?: ExportRelevance;
  #filesCache?: string[];

  constructor(
    private readonly typescript: TS,
    private readonly program: ts.Program,
    readonly knowledge: ProjectKnowledge,
    readonly asOf: string,
    readonly typed: boolean,
  ) {}

  declarationFindings(file: string): readonly Finding[] {
    const key = normalise(file);
    let findings = this.#declarationsByFile.get(key);
    if (!findings) {
      findings = this.#analysed(key)
        ? guarded(key, "type classification", () => this.#declarations().of([key], { keep: false })[0]?.findings ?? [])
        : [];
      this.#declarationsByFile.set(key, findings);
    }
    return findings;
  }

  exportFindings(file: string): readonly Finding[] {
    const key = normalise(file);
    if (!this.#exports) {
      const sourceFile = this.program.getSourceFile(key);
      if (!sourceFile || !this.#analysed(key)) return [];
      this.#relevance ??= new ExportRelevance(this.typescript, this.program, this.knowledge.pack);
      if (!this.#relevance.fileMayHaveFindings(sourceFile)) return [];
      const findings = guarded(sourceFile.fileName, "flow analysis", () => {
        const fields = this.#declarations().fieldsOf(this.#files());
        return analyseFlows(this.typescript, this.program, this.#files(), this.knowledge, fields, this.asOf);
      });
      this.#exports = groupByFile(this.typed ? findings : findings.filter(backedWithoutTypes));
    }
    return this.#exports.get(key) ?? [];
  }

  #declarations(): DeclarationClassifications {
    this.#classifications ??= new DeclarationClassifications(this.typescript, this.program, this.knowledge);
    return this.#classifications;
  }

  /** Whether `file` is one of {@link #files}, without listing the program (one keystroke, one file). */
  #analysed(file: string): boolean {
    const sourceFile = this.program.getSourceFile(file);
    return sourceFile !== undefined && isOwnSource(sourceFile) && this.knowledge.inScope(file);
  }

  /** The files the CLI would analyse in this program: its own sources that the config puts in scope. */
  #files(): string[] {
    this.#filesCache ??= this.program
      .getSourceFiles()
      .filter(isOwnSource)
      .map((sf) => normalise(sf.fileName))
      .filter((file) => this.knowledge.inScope(file));
    return this.#filesCache;
  }
}

/** A source of the project itself: not a declaration file, not a package. */
function isOwnSource(sourceFile: ts.SourceFile): boolean {
  return !sourceFile.isDeclarationFile && !sourceFile.fileName.includes("/node_modules/");
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
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        ruleId: "invalid-input",
        level: "error",
        message: `${what} failed: ${reason.split("\n")[0]} (this is a vdx bug; please report it)`,
        location: { file, line: 1, column: 1 },
        fingerprint: `plugin-failure|${what}`,
      },
    ];
  }
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
  if (cached && cached.knowledge === knowledge && cached.asOf === asOf) return cached;
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
export function analysisOfLonelyFile(
  typescript: TS,
  key: object,
  program: () => ts.Program,
  knowledge: ProjectKnowledge,
  asOf: string,
): ProgramAnalysis {
  const cached = byLintedText.get(key);
  if (cached && cached.knowledge === knowledge && cached.asOf === asOf) return cached;
  const analysis = new LazyProgramAnalysis(typescript, program(), knowledge, asOf, false);
  byLintedText.set(key, analysis);
  return analysis;
}
