import type ts from "typescript";
import type { FlowStep } from "../../model/finding.js";
import type { TS } from "../values/typescript-module.js";
import type { EngineContext } from "./engine-context.js";
import type { SinkCallLike, SinkReach } from "./flow-types.js";
import type { Taint } from "./taint.js";
import type { Unit } from "./units.js";

/**
 * What the helpers of one unit's analysis (evaluate-call, evaluate-expression, assignments, payload
 * keys, signal reads, untyped signals) use of it. `FunctionAnalysis` implements it; the helpers depend
 * on this interface, not on the class that calls them (which made type-only import cycles).
 */
export interface UnitAnalysis {
  readonly ts: TS;
  readonly checker: ts.TypeChecker;
  readonly ctx: EngineContext;
  readonly unit: Unit;
  /** Calls of functions nested in this unit: their parameter destinations resolve at these calls. */
  readonly nestedCalls: Map<ts.Node, ts.CallExpression[]>;
  walk(node: ts.Node): void;
  evalExpr(node: ts.Expression): Taint;
  evalCall(node: ts.CallExpression | ts.NewExpression): Taint;
  bind(name: ts.BindingName, value: Taint): void;
  assign(target: ts.Expression, value: Taint): void;
  assignInto(receiver: ts.Expression, key: string | undefined, value: Taint): void;
  currentValue(symbol: ts.Symbol): Taint;
  assignSymbol(symbol: ts.Symbol, value: Taint): void;
  readSymbol(symbol: ts.Symbol, at: ts.Node): Taint;
  writeCell(declaration: ts.Node, value: Taint): void;
  recordCellWrite(cell: string, value: Taint): void;
  cellLabel(declaration: ts.Node, at: ts.Node): Taint;
  recordReturn(at: ts.Node, value: Taint): void;
  returnsOf(fn: ts.Node): Taint;
  recordSink(sink: SinkCallLike, payload: Taint): void;
  recordReach(reach: SinkReach): void;
  step(node: ts.Node, message: string): FlowStep;
  propertyOriginTaint(property: ts.Symbol | undefined, at: ts.Node): Taint;
  typeTaintOf(node: ts.Node): Taint;
}
