import type { SourceLocation } from "../../model/location.js";
import type { RawFlow } from "./flow-types.js";
import { stepsOf } from "./taint.js";

/** Every place a complete flow passes through: classification, steps, sink, destination steps, report location. */
export function placesOfFlow(flow: RawFlow): SourceLocation[] {
  const places: SourceLocation[] = [flow.location, flow.sink.location];
  for (const step of stepsOf(flow.label.steps)) places.push(step.location);
  for (const step of flow.sink.steps) places.push(step.location);
  for (const step of flow.destinationSteps) places.push(step.location);
  if (flow.label.kind === "origin") places.push(flow.label.origin.location, flow.label.origin.step.location);
  return places;
}

/** The declaring file and offset of a cell id (`cellIdOf`: `<file>#<pos>`). */
export function cellDeclaration(cell: string): { file: string; pos: number } {
  const hash = cell.lastIndexOf("#");
  return { file: cell.slice(0, hash), pos: Number(cell.slice(hash + 1)) };
}
