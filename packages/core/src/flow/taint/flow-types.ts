import type ts from "typescript";
import type { FlowStep } from "../../model/finding.js";
import type { SourceLocation } from "../../model/location.js";
import type { SinkModel } from "../../model/pack.js";
import type { StaticValue } from "../values/static-value.js";
import type { Label, Taint } from "./taint.js";

/**
 * What the engine needs of a recognised sink call (the sink matcher's
 * `SinkCall`, structurally): where it is, what it sends and where to.
 */
export interface SinkCallLike {
  node: ts.Node;
  model: SinkModel;
  destination: StaticValue;
  region?: unknown;
  payloads: readonly ts.Expression[];
  location: SourceLocation;
  /** The call that opened the send this call belongs to (a request and its writes are one send). */
  opening?: ts.Node;
  citedRecord?: string;
  steps: readonly FlowStep[];
}

/**
 * Classified data that reaches a sink inside a function but is not complete
 * there: the payload still depends on the caller's arguments, or the
 * destination is one of the function's parameters. Each caller completes it.
 */
export interface SinkReach {
  sink: SinkCallLike;
  payload: Taint;
  destination: StaticValue;
  /** Where a finding would be reported: the sink, or the outermost call that supplied the destination. */
  location: SourceLocation;
  reportNode: ts.Node;
  /** Calls that supplied the destination, outermost first ("passes https://… as url"). */
  destinationSteps: readonly FlowStep[];
}

/** A write into a class field or module variable whose value depends on the caller's arguments. */
export interface CellWrite {
  cell: string;
  value: Taint;
}

export interface FunctionSummary {
  /** What the function returns, in terms of its parameters (`param` labels) and concrete origins. */
  returns: Taint;
  reaches: readonly SinkReach[];
  cellWrites: readonly CellWrite[];
}

/** One complete flow: one concrete label reaching one sink with a non-parameter destination. */
export interface RawFlow {
  sink: SinkCallLike;
  label: Label & { kind: "origin" | "cell" };
  destination: StaticValue;
  location: SourceLocation;
  reportNode: ts.Node;
  destinationSteps: readonly FlowStep[];
}
