import type ts from "typescript";
import type { Finding } from "../../model/finding.js";
import type { ClassifiedField } from "../../model/schema-field.js";
import type { AnalysisContext, InventoryFlow } from "../types.js";
import type { EngineObserver, UnitSpan } from "../../model/engine-observer.js";
import { analyzeFlows } from "../../flow/analyze-flows.js";
import { createFieldIndex } from "../../schema/index.js";
import { RoundClassification } from "./round-classification.js";
import type { ClassificationStore } from "../cache/scan-cache.js";
import { syntaxErrorFindings } from "../../program/syntax-error-findings.js";
import type { ScanProgram, ScanProject } from "../../program/create-scan-program.js";
import { posixPath } from "../../paths/report-paths.js";
import type { ProjectGraph } from "./project-graph.js";
import { FocusGrowth, type ChangeView } from "./focus-growth.js";
import { NameReaders } from "./name-readers.js";

/** What to analyse: the files whose findings are wanted, and for a PR check the files a flow must touch. */
export interface FocusPlan {
  /** Files whose findings are reported (a shard's packages; a PR's changed TypeScript files to start from). */
  focus: readonly string[];
  /**
   * PR mode: report also the findings located elsewhere whose flow passes through the changed lines —
   * the focus grows to wherever such a flow is reported. Absent for a shard, whose focus is fixed.
   */
  change?: ChangeView;
  /** Files every program of this scan loads: scripts, declaration files, SDK configuration calls (see `focusedTypeScript`). */
  alwaysLoaded: readonly string[];
  /** Files of the tsconfig's own list among them (added as the tsconfig would, declaration files too). */
  tsconfigFiles: ReadonlySet<string>;
  /** Functions known to be called without loading their callers (the cache's confirmed callers). */
  knownCalled?(file: string, pos: number): boolean;
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
 * mode the focus also grows to where flows through the changed lines are reported (`FocusGrowth`,
 * `NameReaders`). Rounds repeat until nothing grows; only the last round's results are kept.
 */
export function analyseFocused(context: AnalysisContext, project: ScanProject, graph: ProjectGraph, plan: FocusPlan): FocusedResult {
  const scanned = new Set(context.filesByKind.typescript.map(posixPath));
  const nativeOf = new Map(context.filesByKind.typescript.map((file) => [posixPath(file), file]));
  const focus = new Set(plan.focus.map(posixPath));
  const through = new Set<string>();
  const loaded = new Set<string>();
  const pending = new Set<string>([...plan.alwaysLoaded.map(posixPath), ...focus]);
  const readers = plan.change ? new NameReaders(graph, plan.change) : undefined;
  const classification = new RoundClassification(context, plan.classifications);
  let rounds = 0;
  for (;;) {
    rounds++;
    const fresh = [...pending].filter((file) => !loaded.has(file)).sort();
    for (const file of fresh) loaded.add(file);
    project.addTsconfigFiles(fresh.filter((file) => plan.tsconfigFiles.has(file)));
    project.add(fresh.filter((file) => !plan.tsconfigFiles.has(file)).map((file) => nativeOf.get(file) ?? file));
    const built = project.build();
    const growth = new FocusGrowth(graph, built, plan.change, { focus, through, pending });
    const observeFiles = plan.change ? [...new Set([...plan.change.files, ...through])].filter((file) => scanned.has(file)) : [];
    const result = analyseRound(context, built, scanned, {
      focus,
      observeFiles,
      observeUnit: (unit) => growth.carries(unit),
      observer: growth.observer(),
      classification,
      ...(plan.knownCalled ? { knownCalled: plan.knownCalled } : {}),
    });
    if (plan.change) {
      // A declaration on a changed line that classifies a field starts the flows of every reader of the field.
      for (const field of result.classified) {
        if (!plan.change.touches(field.location.file, field.location.line, field.location.line)) continue;
        for (const reader of graph.seeing(posixPath(field.location.file))) growth.addFocus(reader, true);
      }
      readers!.expand(built, growth);
    }
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
  /** Files whose functions the engine summarises and reports (PR mode: the change and what it reaches)… */
  observeFiles: readonly string[];
  /** … those of them that carry the change's data. */
  observeUnit(unit: UnitSpan): boolean;
  observer: EngineObserver;
  classification: RoundClassification;
  knownCalled?(file: string, pos: number): boolean;
}

function analyseRound(
  context: AnalysisContext,
  built: ScanProgram,
  scanned: ReadonlySet<string>,
  { focus, observeFiles, observeUnit, observer, knownCalled, classification }: RoundOptions,
) {
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
  findings.push(
    ...syntaxErrorFindings(
      built.ts,
      built.program,
      sourceFiles.filter((sf) => inFocus(sf.fileName)),
    ),
  );
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
    observeFiles,
    observeUnit,
    ...(knownCalled ? { knownCalled } : {}),
  });
  findings.push(...flows.findings);
  return { findings, fields: classified.fields.filter((field) => inFocus(field.location.file)), flows: flows.flows, classified: classified.fields };
}

/** The files a program read from installed packages (`node_modules`). */
export function externalFilesOf(built: ScanProgram): string[] {
  return built.program
    .getSourceFiles()
    .map((sf) => sf.fileName)
    .filter((file) => /[\\/]node_modules[\\/]/.test(file) && !file.startsWith("/node_modules/"))
    .sort();
}
