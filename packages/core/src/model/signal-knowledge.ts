import type { EntryExamples } from "./entry-examples.js";

/**
 * How the matcher reads identifiers (vocabulary.yaml): abbreviations that
 * stand for a whole word, and qualifiers — words that make a name *about* a
 * signal rather than the signal (`gpsEnabled`, `vinLength`, `tboxFirmware`).
 */
export interface Vocabulary {
  abbreviations: Abbreviation[];
  qualifiers: Qualifier[];
  /** How a concatenated lower-case part (`odometerkm`, `batteryvoltage`) is split; absent = never. */
  compounds?: Compounds;
}

/**
 * Concatenated lower-case words: a part of at least `minLength` letters that
 * is no known word is split into known words — the parts of the pack's terms,
 * abbreviations, qualifiers and these `units` — when it is made of them
 * entirely (`odometerkm` → odometer, km; `translate` stays whole).
 */
export interface Compounds {
  minLength: number;
  units: string[];
  /** Words that look like compounds of known words but mean something else (`headphone`). */
  keep?: string[];
  examples: EntryExamples;
}

/** An identifier part that also counts as the word it abbreviates (`spd` → speed). */
export interface Abbreviation {
  short: string;
  full: string;
  examples: EntryExamples;
}

export interface Qualifier {
  /** Stable id, used in evidence (`gps` cancelled by `switch`) and to replace a base entry. */
  id: string;
  /** What a qualified name is, for explanations (`a switch about X`). */
  meaning: string;
  /** Part sequences, any of which qualifies (`[enabled]`, `[updated, at]`). */
  parts: string[][];
  /** Where the qualifier stands relative to the term: `gpsEnabled` (after), `hasGps` (before). */
  position: "after" | "before";
  /** The qualified term's confidence is capped here; 0 cancels it. */
  cap: number;
  /** Categories whose terms the qualifier leaves alone: a count of harsh-braking events is driving behaviour. */
  except?: string[];
  examples: EntryExamples;
}

/**
 * A dictionary of a public standard (dictionaries/*.yaml): exact names or VSS
 * paths with the category each maps to, or `out` with the reason it is not
 * export-relevant. Names are compared by their identifier parts, so
 * `meterStart`, `meter_start` and `METER_START` are one name.
 */
export interface SignalDictionary {
  id: string;
  title: string;
  sources: DictionarySource[];
  /** Where a name is "in" this standard: enclosing names or type names with these parts or whole names. */
  context: DictionaryContext;
  /** VSS branches whose instance segments (`Row1`, `DriverSide`) are dropped before a path is looked up. */
  instances: { branch: string; names: string[] }[];
  groups: DictionaryGroup[];
}

export interface DictionarySource {
  id: string;
  spec: string;
  version: string;
  section: string;
}

export interface DictionaryContext {
  /** Identifier parts of an enclosing name or the field's type (`ocpp`, `evse`). */
  parts?: string[];
  /** Whole names of enclosing objects or types (`MeterValuesRequest`, `LaserScan`). */
  objects?: string[];
  /** Names of sibling fields (`measurand` beside `value`); for generic names, the only sibling evidence. */
  names?: string[];
}

/** One table of a dictionary: names, VSS leaves or message types, with one decision. */
export interface DictionaryGroup {
  /** Id of the source (`sources[].id`) the table is written from. */
  source: string;
  /** The categories the entries map to; absent when `out` is given. */
  categories?: string[];
  /** Why the entries are not export-relevant; suppresses name guessing where it applies. */
  out?: string;
  /** Confidence in the dictionary's context (or always, for VSS leaves and types). */
  confidence?: number;
  /** Confidence of a name seen outside the dictionary's context; absent = no candidate there. */
  alone?: number;
  /**
   * Common names (`data`, `value`, `uid`): in context only through the group's own `context`.
   * Whether the names put *other* fields in context: mapped names do unless `true`;
   * `out` names only when `false` (specific names such as `chargePointVendor`).
   */
  generic?: boolean;
  /** Further context for this group's names only. */
  context?: DictionaryContext;
  names?: string[];
  /** VSS: the branch the leaves are relative to. */
  branch?: string;
  /** VSS: leaf paths relative to `branch`; `**` = any other leaf below it. */
  leaves?: string[];
  /** Message type names, as signals' `types` (`sensor_msgs/LaserScan`). */
  types?: string[];
  examples: EntryExamples;
}

/**
 * Shape evidence of a category: a field whose type is a payload (`bytes`,
 * `number[]`) beside sibling parts (`width`, `height`) whatever its name.
 */
export interface SignalShape {
  /** Type names as written (`bytes`, `number[]`, `Uint8Array`), compared without case and spaces. */
  types: string[];
  /** Parts that must all be among the siblings' parts. */
  siblings: string[];
  confidence: number;
  context?: { parts: string[]; confidence: number };
  /** Parts of the identifier, enclosing names or type that cancel the shape. */
  unless?: string[];
  examples: EntryExamples;
}
