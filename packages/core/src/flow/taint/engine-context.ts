import type ts from "typescript";
import type { SanitizerSpec } from "../../model/config.js";
import type { FlowStep } from "../../model/finding.js";
import type { FieldIndex } from "../../model/schema-field.js";
import type { RulePack } from "../../model/pack.js";
import type { TS } from "../values/typescript-module.js";
import type { ParameterValue, StaticValue } from "../values/static-value.js";
import type { TypeClassification } from "./classified-types.js";
import type { FunctionSummary, RawFlow, SinkCallLike } from "./flow-types.js";
import type { Taint } from "./taint.js";
import type { Unit } from "./units.js";

/** What a function analysis asks of the whole-program engine. */
export interface EngineContext {
  ts: TS;
  checker: ts.TypeChecker;
  pack: RulePack;
  fields: FieldIndex;
  types: TypeClassification;
  /** The sink recognised at this call or `new`, if any. */
  sinkAt(node: ts.Node): SinkCallLike | undefined;
  /** Static value of a string expression (destinations supplied by callers). */
  staticValue(expression: ts.Expression): StaticValue;
  /** A parameter destination of `sink` as one call supplies it; without a call, the parameter's default. */
  bindParameter(sink: SinkCallLike, value: ParameterValue, call: ts.CallExpression | ts.NewExpression | undefined): StaticValue;
  sanitizer(name: string): SanitizerSpec | undefined;
  /** Summary of a function outside the current unit (cached; recursion yields an empty summary). */
  summaryOf(fn: Unit): FunctionSummary;
  /** Taint of a module-level variable as initialised at module level. */
  moduleValue(symbol: ts.Symbol, declaration: ts.VariableDeclaration): Taint;
  emit(flow: RawFlow): void;
  /** Concrete data stored into a class field or module variable. */
  writeCell(cell: string, value: Taint): void;
  /** A cell was read: the engine makes sure the code writing it gets analysed. */
  readCell(cell: string, name: string): void;
  /** A function no call in the project reaches (framework handlers, exported APIs): its parameters are judged by type. */
  isEntryPoint(unit: Unit): boolean;
  /** Whether a file belongs to the analysed project (not a declaration or dependency). */
  isProjectFile(file: ts.SourceFile): boolean;
  /**
   * Whether calls into a file are followed through summaries. Generated code
   * (protobuf encoders, schema types) is not: its functions serialise what they
   * are given, which is exactly what the library-call rule says.
   */
  isSummarised(file: ts.SourceFile): boolean;
  /**
   * What a library call that reads a store returns (remote access): the rows or documents, instead of
   * what the call was given (a key, filter or URL is not in the result); also what its callbacks receive.
   * Undefined for calls that are no read.
   */
  callSource?(call: ts.CallExpression | ts.NewExpression): Taint | undefined;
  /**
   * A parameter destination no call supplies, as the project's configuration modules write its property path
   * (configured-defaults.ts); undefined when they write none.
   */
  configuredDefault?(parameter: ParameterValue): { value: StaticValue; step: FlowStep } | undefined;
}
