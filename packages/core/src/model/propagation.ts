/**
 * How library calls move data, by method or type name (propagation.yaml). The taint engine
 * follows project code through summaries; for everything else (the standard library, npm
 * packages without source) these lists say what a call's result, receiver and callbacks hold.
 * Each list is a set of names: the engine asks `has(name)` at every library call.
 */
export interface PropagationKnowledge {
  /** Methods that store their arguments into the receiver (`batch.push(trip)`). */
  mutators: ReadonlySet<string>;
  /** Methods whose result is what their callback returns, not the receiver (`trips.map((t) => t.id)`). */
  callbackResults: ReadonlySet<string>;
  /** Methods whose result carries nothing of the receiver or the arguments: tests and counts (`vins.includes(vin)`). */
  emptyResults: ReadonlySet<string>;
  /** Methods that hand their callback the receiver's elements; a second (index) parameter carries nothing. */
  elementCallbacks: ReadonlySet<string>;
  /** Generic types whose value holds one of its type arguments (`Promise<Trip>`, `Map<string, Trip>`, `Generator<Trip>`). */
  containers: ReadonlyMap<string, ContainerElement>;
}

export type PropagationList = keyof PropagationKnowledge;

/** Which type argument a container's value holds: a Map's values are the last, what a Generator yields the first. */
export type ContainerElement = "first" | "last";

/** One entry of a propagation list, as written in the pack. */
export interface PropagationEntry {
  name: string;
  /** Containers only; default `last`. */
  element?: ContainerElement;
  /** Snippets run through the engine by test/flow/propagation-examples.test.ts. */
  examples: { match: string[]; noMatch: string[] };
}
