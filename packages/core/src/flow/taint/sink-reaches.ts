import type ts from "typescript";
import { locationOf } from "../values/source-location.js";
import { fixedHostOfParameter, unknownValue } from "../values/static-value.js";
import { destinationKey } from "./destination-key.js";
import { resolveDestinationAtCall } from "./destination-at-call.js";
import type { EngineContext } from "./engine-context.js";
import type { SinkCallLike, SinkReach } from "./flow-types.js";
import { splitSymbolic } from "./substitute.js";
import { flatten, isEmpty, union, type Taint } from "./taint.js";
import { isRootFunction, type Unit } from "./units.js";

/**
 * The sinks a unit reaches. A reach whose payload is concrete and whose
 * destination is known is emitted as a complete flow; what depends on the
 * caller (symbolic payload, parameter destination) is kept for the summary;
 * a sink in a local helper whose destination is the helper's parameter is
 * completed at each local call once the unit has been walked.
 */
export class ReachRecorder {
  private readonly reaches = new Map<string, SinkReach>();
  private readonly nestedReaches: SinkReach[] = [];

  constructor(
    private readonly ctx: EngineContext,
    private readonly unit: Unit,
    private readonly isLocal: (node: ts.Node) => boolean,
    private readonly nestedCalls: ReadonlyMap<ts.Node, readonly ts.CallExpression[]>,
  ) {}

  /** A function analysed inline with this unit (a callback or closure in it, or a top-level callback of a module). */
  private isNested(func: ts.Node): boolean {
    const unit = this.unit;
    if (func.getSourceFile() !== unit.getSourceFile()) return false;
    if (this.ctx.ts.isSourceFile(unit)) return !isRootFunction(this.ctx.ts, func);
    return func.pos >= unit.pos && func.end <= unit.end;
  }

  pending(): SinkReach[] {
    return [...this.reaches.values()];
  }

  recordSink(sink: SinkCallLike, payload: Taint): void {
    this.record({ sink, payload: flatten(payload), destination: sink.destination, location: sink.location, reportNode: sink.node, destinationSteps: [] });
  }

  /** Completes what can be completed here; keeps the rest for the callers. */
  record(reach: SinkReach): void {
    if (isEmpty(reach.payload)) return;
    const destination = reach.destination;
    if (destination.kind === "parameter") {
      if (destination.func !== this.unit) {
        if (this.isLocal(destination.func) || this.isNested(destination.func)) this.nestedReaches.push(reach);
        else this.keepReach(reach);
        return;
      }
      this.keepReach(reach);
      return;
    }
    const { concrete, symbolic } = splitSymbolic(reach.payload);
    for (const label of flatten(concrete).labels) {
      if (label.kind === "param") continue;
      this.ctx.emit({ sink: reach.sink, label, destination, location: reach.location, reportNode: reach.reportNode, destinationSteps: reach.destinationSteps });
    }
    if (!isEmpty(symbolic) && !this.ctx.ts.isSourceFile(this.unit)) this.keepReach({ ...reach, payload: symbolic });
  }

  private keepReach(reach: SinkReach): void {
    const key = `${reach.sink.node.pos}:${reach.sink.node.getSourceFile().fileName}:${reach.location.line}:${reach.location.column}:${destinationKey(reach.destination)}`;
    const current = this.reaches.get(key);
    this.reaches.set(key, current ? { ...current, payload: union(current.payload, reach.payload) } : reach);
  }

  /**
   * A sink inside a local helper whose destination is the helper's parameter: each local call supplies it.
   * A callback no local code calls (a route handler given to a framework) gets its arguments from the
   * library: the destination is what the helper fixes of it (the host of `https://api.example.de/x?vin=…`), or unknown.
   */
  completeNestedReaches(): void {
    for (const reach of this.nestedReaches) {
      if (reach.destination.kind !== "parameter") continue;
      const func = reach.destination.func;
      const calls = this.nestedCalls.get(func) ?? [];
      if (calls.length === 0) {
        const destination =
          fixedHostOfParameter(reach.destination) ?? unknownValue("the destination comes from a callback's argument that a library supplies", reach.location);
        this.record({ ...reach, destination });
        continue;
      }
      for (const call of calls) {
        const resolved = resolveDestinationAtCall(this.ctx, reach.sink, reach.destination, call);
        this.record({
          ...reach,
          destination: resolved.value,
          location: locationOf(call),
          reportNode: call,
          destinationSteps: [resolved.step, ...reach.destinationSteps],
        });
      }
    }
  }
}
