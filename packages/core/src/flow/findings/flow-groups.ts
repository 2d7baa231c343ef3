import type ts from "typescript";
import type { FlowStep } from "../../model/finding.js";
import type { SourceLocation } from "../../model/location.js";
import type { RawFlow, SinkCallLike } from "../taint/flow-types.js";
import { labelCategories, stepsOf, type Label, type Origin } from "../taint/taint.js";
import { destinationKey } from "../taint/destination-key.js";
import type { StaticValue } from "../values/static-value.js";

/** All classified data reaching one sink (or one caller of a helper) with one destination. */
export interface FlowGroup {
  sink: SinkCallLike;
  location: SourceLocation;
  reportNode: ts.Node;
  destination: StaticValue;
  destinationSteps: readonly FlowStep[];
  /** Categories after sanitizers, sorted. */
  categories: string[];
  /** The origins that contribute, each with its path (sorted by origin path). */
  origins: { origin: Origin; categories: string[]; steps: FlowStep[] }[];
}

/** Groups complete flows by report location, sink and destination; origins whose categories were all sanitized away drop out. */
export function groupFlows(flows: readonly RawFlow[]): FlowGroup[] {
  const groups = new Map<string, FlowGroup>();
  for (const flow of flows) {
    const label = flow.label as Label & { kind: "origin" };
    if (label.kind !== "origin") continue;
    const categories = labelCategories(label);
    if (categories.length === 0) continue;
    // A request and the writes it opened are one send (`sink.opening`): one group.
    const send = flow.sink.opening ?? flow.sink.node;
    const key = `${flow.location.file}:${flow.location.line}:${flow.location.column}|${send.getSourceFile().fileName}:${send.pos}|${destinationKey(flow.destination)}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        sink: flow.sink,
        location: flow.location,
        reportNode: flow.reportNode,
        destination: flow.destination,
        destinationSteps: flow.destinationSteps,
        categories: [],
        origins: [],
      };
      groups.set(key, group);
    }
    const existing = group.origins.find((o) => o.origin.id === label.origin.id);
    const steps = stepsOf(label.steps);
    if (!existing) group.origins.push({ origin: label.origin, categories, steps });
    else {
      existing.categories = [...new Set([...existing.categories, ...categories])];
      if (steps.length < existing.steps.length) existing.steps = steps;
    }
  }
  for (const group of groups.values()) {
    group.categories = [...new Set(group.origins.flatMap((o) => o.categories))].sort();
    group.origins.sort((a, b) => (a.origin.path < b.origin.path ? -1 : a.origin.path > b.origin.path ? 1 : a.origin.id < b.origin.id ? -1 : 1));
  }
  return [...groups.values()];
}
