import type { PropagationEntry, PropagationKnowledge, PropagationList } from "../model/propagation.js";

export const PROPAGATION_LISTS = [
  "mutators",
  "callbackResults",
  "emptyResults",
  "elementCallbacks",
  "containers",
] as const satisfies readonly PropagationList[];

/** propagation.yaml entries by list and name, while folders are merged (later folders replace). */
export type PropagationState = Record<PropagationList, Map<string, PropagationEntry>>;

export function emptyPropagationState(): PropagationState {
  return { mutators: new Map(), callbackResults: new Map(), emptyResults: new Map(), elementCallbacks: new Map(), containers: new Map() };
}

/** The sets the engine asks, built once per loaded pack (the same objects for every file a process analyses). */
export function toPropagationKnowledge(state: PropagationState): PropagationKnowledge {
  const names = (list: PropagationList): ReadonlySet<string> => new Set(state[list].keys());
  return {
    mutators: names("mutators"),
    callbackResults: names("callbackResults"),
    emptyResults: names("emptyResults"),
    elementCallbacks: names("elementCallbacks"),
    containers: new Map([...state.containers.values()].map((entry) => [entry.name, entry.element ?? "last"])),
  };
}
