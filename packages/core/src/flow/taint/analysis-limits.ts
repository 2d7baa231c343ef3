import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import type { EngineContext } from "./engine-context.js";
import { calleeName } from "../values/expression-shapes.js";
import { callsInOrder } from "./file-call-names.js";
import { resolveCallee } from "./resolve-callee.js";
import { functionName, unitOf, type Unit } from "./units.js";

/*
 * The limits of one taint-engine run, each explicit and reported: a unit (function or module) that is not
 * analysed fully is an `invalid-input` finding at the place where analysis stopped, never a silent gap.
 */

/**
 * Labels one unit may handle itself (see `taintWork`), its callees' own work not counted. Hand-written
 * functions stay below a few thousand; a value that gathers sources faster than its code grows (an
 * adversarial chain the engine has no linear rule for) stops here instead of taking minutes and gigabytes.
 */
export const UNIT_WORK_BUDGET = 2_000_000;

/**
 * Summaries are computed on demand, callee within caller, so the stack grows with the call chain. From this
 * depth on, the callees of a unit are summarised first, deepest first, each on a stack no deeper than here:
 * the results are the same, the recursion is bounded.
 */
export const BOTTOM_UP_DEPTH = 24;

/** A chain of calls deeper than this even so (calls the syntactic walk below does not see) is cut and reported. */
export const MAX_SUMMARY_DEPTH = 160;

/** Why one unit or file was not analysed fully: where, and what the reader is told. */
export interface AnalysisProblem {
  node: ts.Node;
  message: string;
  /** Stable identity of the problem (no positions), for the finding's fingerprint. */
  key: string;
}

/** Thrown inside a unit's analysis when it exceeds `UNIT_WORK_BUDGET`; the engine turns it into a problem. */
export class AnalysisBudgetExceeded extends Error {
  constructor(
    readonly at: ts.Node,
    budget: number,
  ) {
    super(`more than ${budget.toLocaleString("en-US")} labels handled`);
  }
}

/** The problem a unit's failed or stopped analysis becomes. */
export function unitProblem(ts: TS, unit: Unit, error: unknown): AnalysisProblem {
  const name = unitName(ts, unit);
  if (error instanceof AnalysisBudgetExceeded) {
    return {
      node: error.at,
      key: `budget|${name}`,
      message:
        `flow analysis of ${name} stopped here: its values gather sources faster than vdx follows them ` +
        `(${error.message}); flows through ${name} are not reported`,
    };
  }
  const reason = error instanceof RangeError ? "the code is nested or chained too deeply to follow" : firstLine(error);
  return {
    node: unit,
    key: `failure|${name}`,
    message: `flow analysis of ${name} failed: ${reason}; flows through ${name} are not reported (the rest of the project was analysed)`,
  };
}

export function tooDeepProblem(ts: TS, unit: Unit): AnalysisProblem {
  const name = unitName(ts, unit);
  return {
    node: unit,
    key: `depth|${name}`,
    message:
      `flow analysis did not follow calls into ${name}: the chain of calls leading to it is deeper than ${MAX_SUMMARY_DEPTH} functions; ` +
      `what it returns or sends is not followed into its callers`,
  };
}

/** A file whose sink calls could not be listed: its sinks are missing from the analysis, and the user is told. */
export function sinkMatchingProblem(file: ts.SourceFile, error: unknown): AnalysisProblem {
  const reason = error instanceof RangeError ? "the code is nested or chained too deeply to follow" : firstLine(error);
  return { node: file, key: "sinks", message: `sink calls of this file could not be recognised: ${reason}; flows from them are not reported` };
}

/**
 * The project functions a unit's own code calls and would summarise (what `evaluateCall` instantiates),
 * found from the file's syntactic call index: the order in which to summarise bottom-up.
 */
function calleesOf(ctx: EngineContext, unit: Unit): Unit[] {
  const ts = ctx.ts;
  const callees = new Set<Unit>();
  for (const call of callsOfUnit(ts, unit)) {
    const name = calleeName(ts, call.expression);
    if (name !== undefined && ctx.sanitizer(name)) continue;
    const fn = resolveCallee(ctx, call);
    if (fn && fn !== unit && unitOf(ts, fn) !== unit) callees.add(fn);
  }
  return [...callees];
}

const callsByUnit = new WeakMap<ts.SourceFile, Map<Unit, (ts.CallExpression | ts.NewExpression)[]>>();

function callsOfUnit(ts: TS, unit: Unit): readonly (ts.CallExpression | ts.NewExpression)[] {
  const file = unit.getSourceFile();
  let byUnit = callsByUnit.get(file);
  if (!byUnit) {
    byUnit = new Map();
    for (const call of callsInOrder(ts, file)) {
      const owner = unitOf(ts, call);
      const list = byUnit.get(owner) ?? [];
      list.push(call);
      byUnit.set(owner, list);
    }
    callsByUnit.set(file, byUnit);
  }
  return byUnit.get(unit) ?? [];
}

/**
 * Summarises everything below `root` in post-order with an explicit stack, so that each summary is computed
 * when its callees' are known: none of them recurses. `summarise` is the engine's own `summaryOf`; `done`
 * says whether a unit needs no work (summarised, or being summarised further up).
 */
export function summariseBelow(ctx: EngineContext, root: Unit, done: (unit: Unit) => boolean, summarise: (unit: Unit) => void): void {
  const stack: { unit: Unit; callees: Unit[] | undefined; next: number }[] = [{ unit: root, callees: undefined, next: 0 }];
  const onPath = new Set<Unit>([root]);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    top.callees ??= calleesOf(ctx, top.unit);
    if (top.next < top.callees.length) {
      const callee = top.callees[top.next++]!;
      if (done(callee) || onPath.has(callee)) continue;
      onPath.add(callee);
      stack.push({ unit: callee, callees: undefined, next: 0 });
      continue;
    }
    stack.pop();
    onPath.delete(top.unit);
    if (top.unit !== root) summarise(top.unit);
  }
}

/** How a reader recognises a unit: its function's name, or the file's top-level code. */
function unitName(ts: TS, unit: Unit): string {
  return ts.isSourceFile(unit) ? "this file's top-level code" : functionName(ts, unit);
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0] ?? text;
}
