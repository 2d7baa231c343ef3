import type ts from "typescript";
import type { Finding } from "../../model/finding.js";
import type { ClassifiedField } from "../../model/schema-field.js";
import type { AnalysisContext, InventoryFlow } from "../types.js";
import type { EngineObserver } from "../../flow/taint/engine-observer.js";
import { analyzeFlows } from "../../flow/analyze-flows.js";
import { createFieldIndex } from "../../schema/index.js";
import { RoundClassification } from "./round-classification.js";
import type { ClassificationStore } from "../../cache/scan-cache.js";
import { syntaxErrorFindings } from "../../program/syntax-error-findings.js";
import type { ScanProgram, ScanProject } from "../../program/create-scan-program.js";
import { posixPath } from "../../program/analysed-source-files.js";
import type { ProjectGraph } from "./project-graph.js";
import { FocusGrowth } from "./focus-growth.js";
import { topLevelNames } from "./top-level-names.js";

/** What to analyse: the files whose findings are wanted, and for a PR check the files a flow must touch. */
export interface FocusPlan {
  /** Files whose findings are reported (a shard's packages; a PR's changed TypeScript files to start from). */
  focus: readonly string[];
  /**
   * PR mode: report also the findings located elsewhere whose flow passes through these files — the focus
   * grows to wherever such a flow is reported. Absent for a shard, whose focus is fixed.
   */
  through?: readonly string[];
  /** Files every program of this scan loads: scripts, declaration files, SDK configuration calls (see `focusedTypeScript`). */
  alwaysLoaded: readonly string[];
  /** Files of the tsconfig's own list among them (added as the tsconfig would, declaration files too). */
  tsconfigFiles: ReadonlySet<string>;
  /** Functions known to be called without loading their callers (the cache's confirmed callers). */
  knownCalled?(file: string, pos: number): boolean;
  /**
   * PR mode: whether a line is changed. A TypeScript declaration on a changed line that classifies a
   * field starts the flows of every reader of that field: every file that can see the declaration joins.
   */
  changedLine?(file: string, line: number): boolean;
  /** The cache's classifications of files whose imports are unchanged. */
  classifications?: ClassificationStore;
}

export interface FocusedResult {
  findings: Finding[];
  fields: ClassifiedField[];
  flows: InventoryFlow[];
  /** The focus the analysis ended with, and how many files its program loaded (for verbose output and tests). */
  focus: string[];
  loaded: number;
  rounds: number;
  /** Installed declaration files the last program read (the cache checks them before replaying). */
  externalFiles: string[];
  /** Files whose declarations were classified, and files whose classification came from the cache. */
  classifications: { classified: number; reused: number };
}

/**
 * Push-flow analysis of part of a project on a program of part of the project, with the same findings
 * there as a whole-program scan. The program starts from the focus and the files every file sees; the
 * taint engine's focused run (the ESLint plugin's) reports what it looked up by name, and every file
 * that holds such a name and can see the declaration is loaded before the answer is trusted. In PR
 * mode the focus also grows to where flows through the changed files are reported: a flow left out
 * of the focus that touches them, a reach of a function there that a caller completes elsewhere (at
 * its own call when it supplies the destination, at the sink otherwise), and readers of a cell written
 * in the run. Rounds repeat until nothing grows; only the last round's results are kept.
 */
export function analyseFocused(context: AnalysisContext, project: ScanProject, graph: ProjectGraph, plan: FocusPlan): FocusedResult {
  const scanned = new Set(context.filesByKind.typescript.map(posixPath));
  const nativeOf = new Map(context.filesByKind.typescript.map((file) => [posixPath(file), file]));
  const focus = new Set(plan.focus.map(posixPath));
  const through = new Set((plan.through ?? []).map(posixPath));
  const loaded = new Set<string>();
  const pending = new Set<string>([...plan.alwaysLoaded.map(posixPath), ...focus]);
  const readers = new NameReaders(graph, plan.through ?? []);
  const classification = new RoundClassification(context, plan.classifications);
  let rounds = 0;
  for (;;) {
    rounds++;
    const fresh = [...pending].filter((file) => !loaded.has(file)).sort();
    for (const file of fresh) loaded.add(file);
    project.addTsconfigFiles(fresh.filter((file) => plan.tsconfigFiles.has(file)));
    project.add(fresh.filter((file) => !plan.tsconfigFiles.has(file)).map((file) => nativeOf.get(file) ?? file));
    const built = project.build();
    const growth = new FocusGrowth(graph, built, plan.through !== undefined, { focus, through, pending });
    const observer = growth.observer();
    const result = analyseRound(context, built, scanned, { focus, through, observer, classification, ...(plan.knownCalled ? { knownCalled: plan.knownCalled } : {}) });
    if (plan.changedLine) {
      for (const field of result.classified) {
        if (!plan.changedLine(field.location.file, field.location.line)) continue;
        for (const reader of graph.seeing(posixPath(field.location.file))) growth.addFocus(reader, true);
      }
    }
    if (plan.through !== undefined) readers.expand(built, growth);
    // A file the program already holds (an import of a loaded one) needs no new round.
    for (const file of pending) if (!loaded.has(file) && built.program.getSourceFile(file)) loaded.add(file);
    const needsMore = [...pending].some((file) => !loaded.has(file));
    if (!needsMore && !growth.grown) {
      return {
        findings: result.findings,
        fields: result.fields,
        flows: result.flows,
        focus: [...focus].sort(),
        loaded: loaded.size,
        rounds,
        externalFiles: externalFilesOf(built),
        classifications: { ...classification.counts },
      };
    }
  }
}

interface RoundOptions {
  focus: ReadonlySet<string>;
  through: ReadonlySet<string>;
  observer: EngineObserver;
  classification: RoundClassification;
  knownCalled?(file: string, pos: number): boolean;
}

function analyseRound(context: AnalysisContext, built: ScanProgram, scanned: ReadonlySet<string>, { focus, through, observer, knownCalled, classification }: RoundOptions) {
  const files = built.files.filter((file) => scanned.has(posixPath(file)));
  const sourceFiles = files.map((file) => built.program.getSourceFile(file)).filter((sf): sf is ts.SourceFile => sf !== undefined);
  const inFocus = (file: string) => focus.has(posixPath(file));
  const classified = classification.update(built, sourceFiles);
  const findings: Finding[] = built.errors
    .filter((error) => !scanned.has(posixPath(error.file)) || inFocus(error.file))
    .map((error) => ({
      ruleId: "invalid-input",
      level: "error",
      message: error.message,
      location: { file: error.file, line: error.line, column: error.column },
      fingerprint: `program|${error.message}`,
    }));
  findings.push(...syntaxErrorFindings(built.ts, built.program, sourceFiles.filter((sf) => inFocus(sf.fileName))));
  findings.push(...classified.findings.filter((finding) => inFocus(finding.location.file)));
  const flows = analyzeFlows({
    ts: built.ts,
    program: built.program,
    files,
    sourceFiles,
    pack: context.pack,
    config: context.config,
    registry: context.registry,
    asOf: context.asOf,
    fields: createFieldIndex([...context.fields, ...classified.fields]),
    focus: [...focus],
    observer,
    observeFiles: [...through].filter((file) => scanned.has(file)),
    ...(knownCalled ? { knownCalled } : {}),
  });
  findings.push(...flows.findings);
  return { findings, fields: classified.fields.filter((field) => inFocus(field.location.file)), flows: flows.flows, classified: classified.fields };
}

/**
 * PR mode: a changed file's values and types are read elsewhere — a URL constant, a client built at
 * module level, a type whose fields are classified — and flows that read them pass through the changed
 * lines without a call into the file. Every file that sees a changed file and mentions one of its
 * top-level names joins the focus; a barrel among them that re-exports (perhaps under another name)
 * passes its own names on the same way.
 */
class NameReaders {
  private readonly toExpand: Set<string>;
  private readonly expanded = new Set<string>();
  private readonly maybeBarrels = new Set<string>();

  constructor(private readonly graph: ProjectGraph, changed: readonly string[]) {
    this.toExpand = new Set(changed.map(posixPath));
  }

  expand(built: ScanProgram, growth: FocusGrowth): void {
    for (const file of [...this.maybeBarrels]) {
      const sourceFile = built.program.getSourceFile(file);
      if (!sourceFile) continue;
      this.maybeBarrels.delete(file);
      if (topLevelNames(built.ts, sourceFile).reExports) this.toExpand.add(file);
    }
    for (const file of [...this.toExpand]) {
      const sourceFile = built.program.getSourceFile(file);
      if (!sourceFile || this.expanded.has(file)) continue;
      this.expanded.add(file);
      for (const name of topLevelNames(built.ts, sourceFile).names) {
        for (const reader of this.graph.candidates("identifiers", name, file)) {
          growth.addFocus(reader, true);
          if (!this.expanded.has(reader)) this.maybeBarrels.add(reader);
        }
      }
    }
  }
}

/** The files a program read from installed packages (`node_modules`). */
export function externalFilesOf(built: ScanProgram): string[] {
  return built.program.getSourceFiles().map((sf) => sf.fileName).filter((file) => /[\\/]node_modules[\\/]/.test(file) && !file.startsWith("/node_modules/")).sort();
}

