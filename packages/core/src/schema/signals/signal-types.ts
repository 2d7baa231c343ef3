// Shapes the signal matchers share, in a file of their own so that match-signals.ts and the matchers
// it calls, and sibling-summary.ts and signal-index.ts, do not import each other's types in a cycle.

/** Where an identifier sits: its neighbours and enclosing names make weak terms strong (`lat` beside `lng`). */
export interface SignalContext {
  /**
   * Names of the other fields of the same message / object / type (the field
   * itself may be among them). Pass one array per container for all of its
   * fields: the matcher summarises each array once, which keeps a container
   * of n fields linear.
   */
  siblings?: readonly string[];
  /** Declared type of the field (message type, `$ref` target, TS type text). */
  typeName?: string;
  /**
   * Declared scalar type when `typeName` does not carry it (JSON Schema `type: integer`): read only by
   * `unlessNumeric` terms, so that it does not become context the way a `$ref` target's name does.
   */
  scalarType?: string;
  /** VSS dotted path of the signal. */
  vssPath?: string;
  /** Enclosing names, outermost first (package, message, parent property). */
  parents?: readonly string[];
}

/** A match that did not become a candidate, and what stopped it. */
export interface Suppression {
  /** The evidence that was stopped (`term:gps`, `dict:vss:Vehicle.Cabin.Door.IsOpen`). */
  which: string;
  category?: string;
  /** `qualifier:switch`, `dict:ocpi:latitude+ctx` (a dictionary decided), `out: <reason>`. */
  by: string;
}

/**
 * What the matcher needs from the other fields of a container, computed once
 * per sibling list: matching each of n fields against the n names beside it
 * would make a wide message quadratic (20,000 JSON properties named
 * `vehicleSpeed0…` took over a minute). Callers pass the same array for every
 * field of one container; the summary is kept as long as the array lives.
 */
export interface SiblingSummary {
  /** Every spelling (`PartKeys.of`) of every sibling's parts. */
  parts: Set<string>;
  /** Name keys of the siblings. */
  names: Set<string>;
  /** Per dictionary: how many siblings are distinctive names of it. */
  dictionaryNames: Map<string, number>;
}
