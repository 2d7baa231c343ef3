import type ts from "typescript";
import type { SanitizerSpec } from "../../model/config.js";
import type { RulePack } from "../../model/pack.js";
import type { FieldIndex } from "../../model/schema-field.js";
import type { TS } from "../values/typescript-module.js";
import type { ParameterValue, StaticValue } from "../values/static-value.js";
import { fixedHostOfParameter } from "../values/static-value.js";
import { detectGeneratedSource } from "../../schema/typescript/generated-source.js";
import { generatedClientPackage } from "../sinks/generated-clients.js";
import { CallIndex } from "./call-index.js";
import { callFactOf } from "../sinks/call-facts.js";
import { analysedSourceFiles } from "../../program/analysed-source-files.js";
import { posixPath } from "../../paths/report-paths.js";
import { MarkerSubtypes } from "./marker-subtypes.js";
import { ConfiguredDefaults } from "./configured-defaults.js";
import { createCallerWitnesses } from "./caller-witnesses.js";
import { callsInOrder } from "./file-call-names.js";
import { projectFileTest } from "./project-files.js";
import { ClassifiedTypes } from "./classified-types.js";
import type { EngineContext } from "./engine-context.js";
import type { FunctionSummary, RawFlow, SinkCallLike } from "./flow-types.js";
import { destinationKey } from "./destination-key.js";
import { FunctionAnalysis } from "./function-analysis.js";
import { resolveCallee } from "./resolve-callee.js";
import { CallerLookup } from "./callers.js";
import { destinationOfAnyInstance } from "./instance-destinations.js";
import { resolveCells } from "./resolve-cells.js";
import { mayWriteCell } from "./cell-writers.js";
import { EMPTY, flatten, labelKey, taintWork, union, type Taint } from "./taint.js";
import { createSummaryReuse } from "./summary-reuse.js";
import { cellDeclaration, placesOfFlow } from "./engine-observer.js";
import type { EngineObserver, UnitSpan } from "../../model/engine-observer.js";
import {
  BOTTOM_UP_DEPTH,
  MAX_SUMMARY_DEPTH,
  sinkMatchingProblem,
  summariseBelow,
  tooDeepProblem,
  unitProblem,
  type AnalysisProblem,
} from "./analysis-limits.js";
import { callableNames, isRootFunction, unitOf, type Unit } from "./units.js";

export interface TaintEngineInput {
  ts: TS;
  program: ts.Program;
  pack: RulePack;
  fields: FieldIndex;
  /** Files to analyse (absolute); sinks are looked for in these. */
  files: readonly string[];
  /** Their `SourceFile`s, when the caller has them (else looked up in the program). */
  sourceFiles?: readonly ts.SourceFile[];
  sinkCallsIn(file: ts.SourceFile): readonly SinkCallLike[];
  staticValue(expression: ts.Expression): StaticValue;
  bindParameter(sink: SinkCallLike, value: ParameterValue, call: ts.CallExpression | ts.NewExpression | undefined): StaticValue;
  sanitizers: readonly SanitizerSpec[];
  /** What library calls that read a store return (remote access), instead of their arguments; undefined for other calls. */
  callSource?(call: ts.CallExpression | ts.NewExpression): Taint | undefined;
  /**
   * Files whose flows are wanted (an editor lints one file at a time); default: all of `files`.
   * Only the flows *reported* in these files are returned, and only what they depend on is analysed.
   */
  focus?: readonly string[];
  /** Told what the run looked up by name, left out of the focus and kept pending (engine-observer.ts). */
  observer?: EngineObserver;
  /** Files whose functions are summarised after the run and reported to `observer.summarised` (those `observeUnit` accepts, if given). */
  observeFiles?: readonly string[];
  observeUnit?(unit: UnitSpan): boolean;
  /**
   * Whether the function at offset `pos` of `file` is known to be called (a caller confirmed by an
   * earlier run whose files are unchanged: `scan/focused/`), so that its callers need not be loaded.
   */
  knownCalled?(file: string, pos: number): boolean;
  /** Labels one unit may handle itself before its analysis stops and is reported (default `UNIT_WORK_BUDGET`). */
  workBudget?: number;
}

export interface TaintEngineResult {
  /** Complete flows, one per (report location, destination, origin); cell labels already resolved. */
  flows: RawFlow[];
  /** Units and files not analysed fully (a failure, a budget, a call chain too deep), where it happened. */
  problems: AnalysisProblem[];
  stats: { sinks: number; unitsAnalysed: number; files: number };
  /** Summary of any function after the run (analysed on demand): what a route handler returns. */
  summaryOf(unit: Unit): FunctionSummary;
}

const EMPTY_SUMMARY: FunctionSummary = { returns: EMPTY, reaches: [], cellWrites: [] };

/**
 * Demand-driven whole-program taint analysis. It starts from the functions
 * that contain sinks and walks *up* the call graph only while something is
 * still pending (a payload that depends on a parameter, a destination a
 * caller supplies, a write to shared state); callees are summarised on demand
 * when their return value matters. Code that never reaches a sink is never
 * analysed, which keeps a scan close to the cost of type checking alone.
 * With `focus` (an editor re-linting one file) it starts from that file only
 * and walks up only where a finding can land in it; the flows it returns are
 * exactly the whole-program run's flows located there.
 */
export function runTaintEngine(input: TaintEngineInput): TaintEngineResult {
  const { ts, program } = input;
  const checker = program.getTypeChecker();
  const sourceFiles = analysedSourceFiles(program, input.files, input.sourceFiles);
  const projectFiles = projectFileTest(program, input.files, sourceFiles);

  const focus = input.focus ? new Set(input.focus.map(posixPath)) : undefined;
  const observer = input.observer;
  const inFocus = (file: string): boolean => !focus || focus.has(posixPath(file));
  // Sinks are recognised per file on first need: a focused run asks only the files its units reach.
  const sinks = new Map<ts.Node, SinkCallLike>();
  const sinkFiles = new Set<ts.SourceFile>();
  const sinksOf = (file: ts.SourceFile): void => {
    if (sinkFiles.has(file) || !projectFiles(file)) return;
    sinkFiles.add(file);
    let found: readonly SinkCallLike[];
    try {
      found = input.sinkCallsIn(file);
    } catch (error) {
      problems.push(sinkMatchingProblem(file, error));
      return;
    }
    for (const sink of found) {
      // A call of a project function that wraps a sink is followed through the function's summary
      // (parameters mapped, field-sensitive), not treated as the library call itself.
      if ((ts.isCallExpression(sink.node) || ts.isNewExpression(sink.node)) && resolveCallee(ctx, sink.node)) continue;
      sinks.set(sink.node, sink);
    }
  };

  const summaries = new Map<Unit, FunctionSummary>();
  const problems: AnalysisProblem[] = [];
  const running: FunctionAnalysis[] = [];
  const cutUnits = new Set<Unit>();
  let depth = 0;
  const moduleAnalyses = new Map<ts.SourceFile, FunctionAnalysis>();
  const inProgress = new Set<Unit>();
  /** The units being summarised, innermost last (a cell write is told with the unit that wrote it). */
  const summarising: Unit[] = [];
  const queued = new Set<Unit>();
  const worklist: Unit[] = [];
  const flows = new Map<string, RawFlow>();
  const cells = new Map<string, Taint>();
  const cellsRead = new Set<string>();
  const sanitizers = new Map(input.sanitizers.map((s) => [shortName(s.function), s]));
  let callIndex: CallIndex | undefined;
  const index = (): CallIndex => (callIndex ??= new CallIndex(ts, sourceFiles, input.pack.propagation.mutators));
  const generatedCache = new Map<ts.SourceFile, boolean>();
  const generated = (file: ts.SourceFile): boolean => {
    let value = generatedCache.get(file);
    if (value === undefined) generatedCache.set(file, (value = detectGeneratedSource(file.text) !== undefined || generatedClientPackage(file) !== undefined));
    return value;
  };

  const enqueue = (unit: Unit): void => {
    if (queued.has(unit)) return;
    queued.add(unit);
    worklist.push(unit);
  };

  // The settings the project's configuration modules write (a typed settings object no call passes).
  const configuredDefaults = new ConfiguredDefaults(
    ts,
    () => program.getSourceFiles().filter((file) => !file.isDeclarationFile && projectFiles(file)),
    input.staticValue,
  );
  const ctx: EngineContext = {
    ts,
    checker,
    pack: input.pack,
    fields: input.fields,
    configuredDefault: (parameter) => configuredDefaults.valueOf(parameter),
    types: new ClassifiedTypes(
      ts,
      checker,
      input.fields,
      input.pack,
      new MarkerSubtypes(ts, checker, () => program.getSourceFiles().filter((file) => !file.isDeclarationFile && projectFiles(file))),
    ),
    sinkAt: (node) => {
      sinksOf(node.getSourceFile());
      return sinks.get(node);
    },
    staticValue: input.staticValue,
    bindParameter: input.bindParameter,
    sanitizer: (name) => sanitizers.get(name),
    summaryOf,
    isEntryPoint: (unit) => isEntryPoint(unit),
    moduleValue: (symbol, declaration) => {
      const file = declaration.getSourceFile();
      if (!projectFiles(file)) return EMPTY;
      let analysis = moduleAnalyses.get(file);
      if (!analysis) summaryOf(file);
      analysis = moduleAnalyses.get(file);
      return analysis ? analysis.valueOf(symbol) : EMPTY;
    },
    emit: (flow) => {
      const key = `${flow.location.file}:${flow.location.line}:${flow.location.column}|${destinationKey(flow.destination)}|${flow.sink.model.id}|${labelKey(flow.label)}`;
      if (!flows.has(key)) flows.set(key, flow);
    },
    writeCell: (cell, value) => {
      const writer = summarising[summarising.length - 1];
      if (observer?.cellWritten && writer) {
        const declared = cellDeclaration(cell);
        observer.cellWritten(declared.file, declared.pos, spanOf(writer));
      }
      cells.set(cell, union(cells.get(cell) ?? EMPTY, value));
    },
    readCell: (cell, name) => {
      if (cellsRead.has(cell)) return;
      cellsRead.add(cell);
      observer?.lookedUp?.("writes", name, cellDeclaration(cell).file);
      // Whoever writes this field or variable must be analysed for the read to see it (not those whose
      // writes of the same name go to other cells).
      for (const write of index().writesNamed(name)) {
        const unit = unitOf(ts, write);
        if (!queued.has(unit) && mayWriteCell(ts, checker, write, cell)) enqueue(unit);
      }
    },
    isProjectFile: (file) => projectFiles(file),
    isSummarised: (file) => projectFiles(file) && !generated(file),
    ...(input.callSource ? { callSource: input.callSource } : {}),
  };

  const reuse = input.callSource ? undefined : createSummaryReuse(ts, program, checker, input.pack, input.fields);
  const callers = new CallerLookup(ctx, index, createCallerWitnesses(ts, program, projectFiles), observer, input.knownCalled);
  const callersOf = (unit: Unit) => callers.callersOf(unit);

  const entryPoints = new Map<Unit, boolean>();
  function isEntryPoint(unit: Unit): boolean {
    let entry = entryPoints.get(unit);
    if (entry === undefined) {
      entry = ts.isSourceFile(unit) || !callers.hasCaller(unit);
      entryPoints.set(unit, entry);
    }
    return entry;
  }

  function summaryOf(unit: Unit): FunctionSummary {
    const cached = summaries.get(unit);
    if (cached) return cached;
    if (inProgress.has(unit)) return EMPTY_SUMMARY; // recursion: the cycle contributes what it has so far
    if (depth >= MAX_SUMMARY_DEPTH) return cutAtDepth(unit);
    // Deep in a call chain: the callees first, bottom-up, so that this stack grows no further.
    if (depth >= BOTTOM_UP_DEPTH) summariseBelow(ctx, unit, (u) => summaries.has(u) || inProgress.has(u), summaryOf);
    inProgress.add(unit);
    summarising.push(unit);
    depth++;
    const before = taintWork();
    let summary: FunctionSummary;
    try {
      summary = replayed(unit) ?? analyse(unit);
    } finally {
      summarising.pop();
      inProgress.delete(unit);
      depth--;
    }
    const caller = running[running.length - 1];
    if (caller) caller.childWork += taintWork() - before;
    summaries.set(unit, summary);
    queued.add(unit);
    if (summary.reaches.length > 0 || summary.cellWrites.length > 0) propagateToCallers(unit, summary);
    return summary;
  }

  /**
   * One unit's analysis, isolated: whatever goes wrong in it (a vdx bug, a stack overflow in the checker, the
   * work budget) costs that unit's flows, reported where it stopped, and nothing else.
   */
  function analyse(unit: Unit): FunctionSummary {
    // Module units are never kept (their analysis maps symbols of this state's checker): nothing to record.
    const recording = ts.isSourceFile(unit) ? undefined : reuse?.recording(ctx);
    const analysis = new FunctionAnalysis(recording?.ctx ?? ctx, unit, input.workBudget);
    if (ts.isSourceFile(unit)) moduleAnalyses.set(unit, analysis);
    running.push(analysis);
    try {
      const summary = analysis.run();
      recording?.keep(unit, summary);
      return summary;
    } catch (error) {
      if (ts.isSourceFile(unit)) moduleAnalyses.delete(unit);
      problems.push(unitProblem(ts, unit, error));
      return EMPTY_SUMMARY;
    } finally {
      running.pop();
    }
  }

  function replayed(unit: Unit): FunctionSummary | undefined {
    try {
      return reuse?.replay(unit, ctx);
    } catch {
      return undefined; // a kept summary that cannot be replayed is analysed afresh
    }
  }

  function cutAtDepth(unit: Unit): FunctionSummary {
    if (!cutUnits.has(unit)) problems.push(tooDeepProblem(ts, unit));
    cutUnits.add(unit);
    return EMPTY_SUMMARY;
  }

  /**
   * Pending effects complete in the callers: queue each caller's unit. A focused run needs the callers
   * only when they can report in the focus: through a reach located there (a sink whose payload they
   * fill in) or a cell write (read anywhere); a caller that supplies a destination reports at its own
   * call, and the focus's own callers are queued from the start.
   */
  function propagateToCallers(unit: Unit, summary: FunctionSummary): void {
    if (ts.isSourceFile(unit)) return;
    const needed = !focus || summary.cellWrites.length > 0 || summary.reaches.some((reach) => inFocus(reach.location.file));
    if (needed) {
      for (const call of callersOf(unit)) {
        const callerUnit = unitOf(ts, call);
        if (!summaries.has(callerUnit)) enqueue(callerUnit);
      }
    }
    // Only a reach to a caller-supplied destination needs the answer (asking costs a search for a caller).
    if (!summary.reaches.some((reach) => reach.destination.kind === "parameter") || !isEntryPoint(unit)) return;
    // Nobody in the project calls it: what it sends to a caller-supplied destination stays unresolved, unless
    // it is the state of a client instance (a constructor's parameter: every construction supplies one) or the
    // parameter has a default.
    for (const reach of summary.reaches) {
      if (reach.destination.kind !== "parameter") continue;
      const instance = destinationOfAnyInstance(ctx, reach.sink, reach.destination, (func) => callersOf(func));
      // A parameter that only fills in the path of a known host (`https://api.example.de/items/${id}`) leaves the host known.
      let destination: StaticValue = fixedHostOfParameter(reach.destination) ?? instance?.value ?? defaultDestination(reach);
      let destinationSteps = instance ? [...instance.steps, ...reach.destinationSteps] : reach.destinationSteps;
      const configured = destination.kind === "unknown" && !instance ? ctx.configuredDefault?.(reach.destination) : undefined;
      if (configured) {
        destination = configured.value;
        destinationSteps = [configured.step, ...destinationSteps];
      }
      for (const label of flatten(reach.payload).labels) {
        if (label.kind !== "param") ctx.emit({ ...reach, label, destination, destinationSteps });
      }
    }
  }

  /** A parameter destination of an entry point: its default value, if it has one. */
  function defaultDestination(reach: FunctionSummary["reaches"][number]): StaticValue {
    const parameter = reach.destination as Extract<StaticValue, { kind: "parameter" }>;
    if (parameter.func.parameters[parameter.index]?.initializer) return ctx.bindParameter(reach.sink, parameter, undefined);
    return { kind: "unknown", reason: "the destination is a parameter and no caller in the scanned code supplies it", location: reach.location };
  }

  const seedFiles = focus ? sourceFiles.filter((file) => focus.has(posixPath(file.fileName))) : sourceFiles;
  for (const file of seedFiles) sinksOf(file);
  for (const sink of sinks.values()) enqueue(unitOf(ts, sink.node));
  // A focused run also starts from the units of the focus that call a function with effects pending in
  // its callers (a reach, a cell write): the whole-program run gets to them from the sinks, upwards.
  if (focus) {
    for (const file of seedFiles) {
      for (const call of callsInOrder(ts, file)) {
        const unit = unitOf(ts, call);
        if (queued.has(unit)) continue;
        // A method of a lib value or global (`labels.push`, `Math.max`) is no project function: no checker call.
        const root = callFactOf(ts, call).root.kind;
        if (root === "lib-global" || root === "inert-receiver") continue;
        const callee = resolveCallee(ctx, call);
        const summary = callee ? summaryOf(callee) : undefined;
        if (summary && (summary.reaches.length > 0 || summary.cellWrites.length > 0)) enqueue(unit);
      }
    }
  }
  while (worklist.length > 0) summaryOf(worklist.shift()!);
  if (input.observeFiles && observer?.summarised) {
    // Summarising a function may queue its callers (a reach, a cell write): the worklist drains again after.
    for (const unit of rootUnitsOf(ts, sourceFiles, new Set(input.observeFiles.map(posixPath)))) {
      const span = spanOf(unit);
      if (input.observeUnit && !input.observeUnit(span)) continue;
      const summary = summaryOf(unit);
      observer.summarised(span, callableNames(ts, unit), {
        returnsTaint: summary.returns.labels.length > 0 || (summary.returns.fields?.size ?? 0) > 0,
        writesCallerData: summary.cellWrites.length > 0,
        reaches: summary.reaches.map((reach) => ({ location: reach.location, destinationFromCaller: reach.destination.kind === "parameter" })),
      });
    }
    while (worklist.length > 0) summaryOf(worklist.shift()!);
  }

  const all = resolveCells([...flows.values()], cells);
  const resolved = focus ? all.filter((flow) => inFocus(flow.location.file)) : all;
  if (focus && observer?.flowOutsideFocus) {
    for (const flow of all) if (!inFocus(flow.location.file)) observer.flowOutsideFocus(flow.location, placesOfFlow(flow));
  }
  const reported = problems.filter((problem) => inFocus(problem.node.getSourceFile().fileName));
  return { flows: resolved, problems: reported, stats: { sinks: sinks.size, unitsAnalysed: summaries.size, files: sourceFiles.length }, summaryOf };
}

/** A unit's file and lines (a file's top-level code spans the whole file). */
function spanOf(unit: Unit): UnitSpan {
  const file = unit.getSourceFile();
  const start = lineOf(file, unit.getStart(file));
  return { file: file.fileName, start, end: lineOf(file, unit.end) };
}

function lineOf(file: ts.SourceFile, offset: number): number {
  return file.getLineAndCharacterOfPosition(offset).line + 1;
}

/** The root functions (units of their own) declared in the `wanted` files, in source order. */
function rootUnitsOf(ts: TS, sourceFiles: readonly ts.SourceFile[], wanted: ReadonlySet<string>): Unit[] {
  const units: Unit[] = [];
  for (const file of sourceFiles) {
    if (!wanted.has(posixPath(file.fileName))) continue;
    const visit = (node: ts.Node): void => {
      if (isRootFunction(ts, node)) units.push(node as Unit);
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return units;
}

function shortName(name: string): string {
  return name.split(/[#.]/).pop() ?? name;
}
