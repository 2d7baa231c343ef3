import type ts from "typescript";
import type { Finding } from "../model/finding.js";
import type { InventoryFlow } from "../model/analysis.js";
import { codePlacementsOf } from "./border/code-placement.js";
import { exportFindings } from "./findings/export-findings.js";
import { groupFlows } from "./findings/flow-groups.js";
import { createSinkMatcher, type SinkCall } from "./sinks/index.js";
import type { SinkCallLike } from "./taint/flow-types.js";
import { scanEngineInput } from "./taint/engine-input.js";
import { runTaintEngine } from "./taint/taint-engine.js";
import type { TypeScriptAnalysisInput } from "../program/scan-typescript.js";
import { createStaticEvaluator } from "./values/index.js";
import type { EngineObserver, UnitSpan } from "../model/engine-observer.js";
import { shadowedGlobalSinkFindings } from "./shadowed-globals.js";
import { problemFindings } from "./findings/problem-findings.js";
import { analysedSourceFiles } from "../program/analysed-source-files.js";
import { posixPath } from "../paths/report-paths.js";
import { warmDeclarationChains } from "../program/declaration-chains.js";

export interface FlowAnalysisInput extends TypeScriptAnalysisInput {
  /** Sinks of a file; default: the rule pack's sink catalogue. */
  sinkCallsIn?: (file: ts.SourceFile) => readonly SinkCallLike[];
  /**
   * Report only the findings located in these files (the ESLint plugin lints one file at a time);
   * the analysis then covers what those findings depend on, not the whole program. Default: all files.
   */
  focus?: readonly string[];
  /** Told what the run looked up, left out of the focus and kept pending (PR mode and shards; engine-observer.ts). */
  observer?: EngineObserver;
  /** Files whose functions are summarised and reported to `observer.summarised` (those `observeUnit` accepts, if given). */
  observeFiles?: readonly string[];
  observeUnit?(unit: UnitSpan): boolean;
  /** Functions known to be called, by file and offset (an earlier run's confirmed callers; see the taint engine). */
  knownCalled?(file: string, pos: number): boolean;
  /** Labels one function's analysis may handle before it stops and is reported (tests lower it). */
  workBudget?: number;
}

export interface FlowAnalysisResult {
  findings: Finding[];
  /** Every flow of classified data to a sink, covered or not (the export inventory). */
  flows: InventoryFlow[];
  stats: { sinks: number; unitsAnalysed: number; files: number; rawFlows: number };
}

/**
 * Pushed exports: follows classified data to network sinks, places both ends,
 * and judges each flow against the assessment registry. The same entry point
 * serves the CLI scan and the ESLint plugin (which passes its own program).
 */
export function analyzeFlows(input: FlowAnalysisInput): FlowAnalysisResult {
  const { ts, program } = input;
  const focus = input.focus ? new Set(input.focus.map(posixPath)) : undefined;
  const analysed = analysedSourceFiles(program, input.files, input.sourceFiles);
  // Before the first type question: a long chain of inferred declarations is answered from its start.
  warmDeclarationChains(ts, program.getTypeChecker(), focus ? analysed.filter((file) => focus.has(posixPath(file.fileName))) : analysed);
  const matcher = input.sinkCallsIn ? undefined : createSinkMatcher(ts, program, input.pack);
  // One evaluator (and its cache) for the matcher's destinations and the engine's parameter bindings.
  const evaluator = matcher?.evaluator ?? createStaticEvaluator(ts, program.getTypeChecker());
  const sinkCallsIn = input.sinkCallsIn ?? ((file: ts.SourceFile) => matcher!.sinkCallsIn(file));
  const engine = runTaintEngine({
    ...scanEngineInput(input, evaluator),
    sinkCallsIn,
    ...(input.focus ? { focus: input.focus } : {}),
    ...(input.observer ? { observer: input.observer } : {}),
    ...(input.observeFiles ? { observeFiles: input.observeFiles } : {}),
    ...(input.observeUnit ? { observeUnit: input.observeUnit } : {}),
    ...(input.knownCalled ? { knownCalled: input.knownCalled } : {}),
    ...(input.workBudget !== undefined ? { workBudget: input.workBudget } : {}),
    // The matcher knows how its destinations are assembled (base URLs, bucket URLs); others bind plain strings.
    bindParameter: (sink, value, call) => (matcher ? matcher.bindDestination(sink as SinkCall, value, call) : evaluator.bindParameter(value, call)),
  });
  const { findings, flows } = exportFindings(groupFlows(engine.flows), {
    ts,
    checker: program.getTypeChecker(),
    config: input.config,
    pack: input.pack,
    registry: input.registry,
    asOf: input.asOf,
    placements: codePlacementsOf(input.config),
  });
  // A script that redeclares a global sink is judged per call site by the engine; the user is told.
  const scripts = analysed.filter((file) => !focus || focus.has(posixPath(file.fileName)));
  findings.push(...shadowedGlobalSinkFindings(ts, program.getTypeChecker(), scripts, input.pack.sinks));
  findings.push(...problemFindings(engine.problems));
  return { findings, flows, stats: { ...engine.stats, rawFlows: engine.flows.length } };
}
