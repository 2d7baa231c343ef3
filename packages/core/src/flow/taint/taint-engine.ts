import type ts from "typescript";
import type { SanitizerSpec } from "../../model/config.js";
import type { RulePack } from "../../model/pack.js";
import type { FieldIndex } from "../../model/schema-field.js";
import type { TS } from "../values/typescript-module.js";
import type { ParameterValue, StaticValue } from "../values/static-value.js";
import { fixedHostOfParameter } from "../values/static-value.js";
import { detectGeneratedSource } from "../../schema/typescript/generated-source.js";
import { CallIndex } from "./call-index.js";
import { callFactOf } from "../sinks/call-facts.js";
import { analysedSourceFiles, posixPath } from "../../program/analysed-source-files.js";
import { createCallerWitnesses } from "./caller-witnesses.js";
import { callsInOrder, type IndexedCall } from "./file-call-names.js";
import { projectFileTest } from "./project-files.js";
import { ClassifiedTypes } from "./classified-types.js";
import type { EngineContext } from "./engine-context.js";
import type { FunctionSummary, RawFlow, SinkCallLike } from "./flow-types.js";
import { destinationKey } from "./destination-key.js";
import { FunctionAnalysis } from "./function-analysis.js";
import { resolveCallee } from "./resolve-callee.js";
import { resolveCells } from "./resolve-cells.js";
import { EMPTY, flatten, labelKey, taintWork, union, type Taint } from "./taint.js";
import { createSummaryReuse } from "./summary-reuse.js";
import { BOTTOM_UP_DEPTH, MAX_SUMMARY_DEPTH, sinkMatchingProblem, summariseBelow, tooDeepProblem, unitProblem, type AnalysisProblem } from "./analysis-limits.js";
import { callableNames, unitOf, type Unit } from "./units.js";

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
  bindParameter(sink: SinkCallLike, value: ParameterValue, call: ts.CallExpression | ts.NewExpression): StaticValue;
  sanitizers: readonly SanitizerSpec[];
  /** What library calls that read a store return (remote access), instead of their arguments; undefined for other calls. */
  callSource?(call: ts.CallExpression | ts.NewExpression): Taint | undefined;
  /**
   * Files whose flows are wanted (an editor lints one file at a time); default: all of `files`.
   * Only the flows *reported* in these files are returned, and only what they depend on is analysed.
   */
  focus?: readonly string[];
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
  const queued = new Set<Unit>();
  const worklist: Unit[] = [];
  const flows = new Map<string, RawFlow>();
  const cells = new Map<string, Taint>();
  const cellsRead = new Set<string>();
  const sanitizers = new Map(input.sanitizers.map((s) => [shortName(s.function), s]));
  let callIndex: CallIndex | undefined;
  const index = (): CallIndex => (callIndex ??= new CallIndex(ts, sourceFiles));
  const generatedCache = new Map<ts.SourceFile, boolean>();
  const generated = (file: ts.SourceFile): boolean => {
    let value = generatedCache.get(file);
    if (value === undefined) generatedCache.set(file, (value = detectGeneratedSource(file.text) !== undefined));
    return value;
  };

  const enqueue = (unit: Unit): void => {
    if (queued.has(unit)) return;
    queued.add(unit);
    worklist.push(unit);
  };

  const ctx: EngineContext = {
    ts,
    checker,
    pack: input.pack,
    fields: input.fields,
    types: new ClassifiedTypes(ts, checker, input.fields, input.pack),
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
    writeCell: (cell, value) => cells.set(cell, union(cells.get(cell) ?? EMPTY, value)),
    readCell: (cell, name) => {
      if (cellsRead.has(cell)) return;
      cellsRead.add(cell);
      // Whoever writes this field or variable must be analysed for the read to see it.
      for (const write of index().writesNamed(name)) enqueue(unitOf(ts, write));
    },
    isProjectFile: (file) => projectFiles(file),
    isSummarised: (file) => projectFiles(file) && !generated(file),
    ...(input.callSource ? { callSource: input.callSource } : {}),
  };

  const reuse = input.callSource ? undefined : createSummaryReuse(ts, program, checker, input.pack, input.fields);
  const witnesses = createCallerWitnesses(ts, program, projectFiles);

  const entryPoints = new Map<Unit, boolean>();
  function isEntryPoint(unit: Unit): boolean {
    let entry = entryPoints.get(unit);
    if (entry === undefined) {
      entry = ts.isSourceFile(unit) || !hasCaller(unit);
      entryPoints.set(unit, entry);
    }
    return entry;
  }

  /** Calls of `unit` in the project, confirmed by the checker. */
  function callersOf(unit: Unit): (ts.CallExpression | ts.NewExpression)[] {
    if (ts.isSourceFile(unit)) return [];
    const calls: (ts.CallExpression | ts.NewExpression)[] = [];
    for (const name of callableNames(ts, unit)) {
      for (const call of index().callsNamed(name)) if (resolveCallee(ctx, call) === unit) calls.push(call);
    }
    return calls;
  }

  function hasCaller(unit: Unit): boolean {
    if (ts.isSourceFile(unit)) return false;
    if (witnesses.stillCalls(unit)) return true;
    const confirms = (call: IndexedCall): boolean => {
      if (resolveCallee(ctx, call) !== unit) return false;
      witnesses.remember(unit, call);
      return true;
    };
    return callableNames(ts, unit).some((name) => index().someCallNamed(name, confirms));
  }

  function summaryOf(unit: Unit): FunctionSummary {
    const cached = summaries.get(unit);
    if (cached) return cached;
    if (inProgress.has(unit)) return EMPTY_SUMMARY; // recursion: the cycle contributes what it has so far
    if (depth >= MAX_SUMMARY_DEPTH) return cutAtDepth(unit);
    // Deep in a call chain: the callees first, bottom-up, so that this stack grows no further.
    if (depth >= BOTTOM_UP_DEPTH) summariseBelow(ctx, unit, (u) => summaries.has(u) || inProgress.has(u), summaryOf);
    inProgress.add(unit);
    depth++;
    const before = taintWork();
    let summary: FunctionSummary;
    try {
      summary = replayed(unit) ?? analyse(unit);
    } finally {
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
    if (!isEntryPoint(unit)) return;
    // Nobody in the project calls it: what it sends to a caller-supplied destination stays unresolved.
    for (const reach of summary.reaches) {
      if (reach.destination.kind !== "parameter") continue;
      // A parameter that only fills in the path of a known host (`https://api.example.de/items/${id}`) leaves the host known.
      const destination: StaticValue = fixedHostOfParameter(reach.destination)
        ?? { kind: "unknown", reason: "the destination is a parameter and no caller in the scanned code supplies it", location: reach.location };
      for (const label of flatten(reach.payload).labels) {
        if (label.kind !== "param") ctx.emit({ ...reach, label, destination });
      }
    }
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

  const resolved = resolveCells([...flows.values()], cells).filter((flow) => inFocus(flow.location.file));
  const reported = problems.filter((problem) => inFocus(problem.node.getSourceFile().fileName));
  return { flows: resolved, problems: reported, stats: { sinks: sinks.size, unitsAnalysed: summaries.size, files: sourceFiles.length }, summaryOf };
}

function shortName(name: string): string {
  return name.split(/[#.]/).pop() ?? name;
}


