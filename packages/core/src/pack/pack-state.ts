import type { InputError, PositionedDocument } from "../input/positioned-document.js";
import type { Finding } from "../model/finding.js";
import type { SourceLocation } from "../model/location.js";
import type {
  Category,
  CategorySignals,
  CloudProvider,
  EntryExamples,
  Exemption,
  ExemptionId,
  HostRule,
  RulePack,
  ScaleCondition,
  SinkModel,
} from "../model/pack.js";
import type { Abbreviation, Compounds, Qualifier, SignalDictionary } from "../model/signal-knowledge.js";
import { emptyPropagationState, toPropagationKnowledge, type PropagationState } from "./propagation-state.js";
import { emptyRemoteState, toRemoteCatalogue, type RemoteState } from "./remote-state.js";

/** Where a value was last set, so a later check (an unknown category id) can point at it. */
export interface ValueOrigin {
  document: PositionedDocument;
  pointer: string;
  /** The value is a map key (report the key's position). */
  atKey?: boolean;
}

/**
 * The pack while folders are merged into it, base first. Categories and
 * exemptions stay raw (plain objects) until the end, because an extending
 * pack may set any single field and the merged entry is what gets validated.
 */
export interface PackState {
  id: string;
  version: string;
  title: string;
  roots: string[];
  categories: Map<string, { raw: Record<string, unknown>; definedAt: SourceLocation }>;
  exemptions: Map<string, { raw: Record<string, unknown>; origins: Map<string, ValueOrigin> }>;
  hosts: HostRule[];
  clouds: Map<string, CloudProvider>;
  internal: { cidrs: string[]; suffixes: string[]; singleLabel?: boolean; examples: EntryExamples };
  sinks: Map<string, SinkModel>;
  signals: Map<string, { signals: CategorySignals; origin: ValueOrigin }>;
  /** vocabulary.yaml: abbreviations by `short`, qualifiers by `id` (later folders replace). */
  abbreviations: Map<string, Abbreviation>;
  qualifiers: Map<string, Qualifier>;
  compounds?: Compounds;
  /** dictionaries/*.yaml by id; an extending folder appends groups. */
  dictionaries: Map<string, SignalDictionary>;
  /** Category ids written in vocabulary and dictionary files, checked once every folder is merged. */
  categoryReferences: { id: string; origin: ValueOrigin; context: string }[];
  /** stores.yaml and routes.yaml entries by id (remote access). */
  remote: RemoteState;
  /** propagation.yaml entries by list and name. */
  propagation: PropagationState;
  errors: InputError[];
  findings: Finding[];
}

export function emptyPackState(id: string): PackState {
  return {
    id,
    version: "0.0.0",
    title: id,
    roots: [],
    categories: new Map(),
    exemptions: new Map(),
    hosts: [],
    clouds: new Map(),
    internal: { cidrs: [], suffixes: [], examples: { match: [], noMatch: [] } },
    sinks: new Map(),
    signals: new Map(),
    abbreviations: new Map(),
    qualifiers: new Map(),
    dictionaries: new Map(),
    categoryReferences: [],
    remote: emptyRemoteState(),
    propagation: emptyPropagationState(),
    errors: [],
    findings: [],
  };
}

/** The finished, typed pack. Raw entries were validated against the schemas before they got here. */
export function toRulePack(state: PackState): RulePack {
  const categories = new Map<string, Category>();
  for (const [id, { raw, definedAt }] of state.categories) {
    const { importantWhen, ...rest } = raw;
    const category = { ...rest, definedAt } as unknown as Category;
    // `importantWhen: null` in an extending pack removed the base's condition.
    if (isPlainObject(importantWhen)) category.importantWhen = importantWhen as unknown as ScaleCondition;
    categories.set(id, category);
  }
  const exemptions = new Map<ExemptionId, Exemption>();
  for (const [id, { raw }] of state.exemptions) exemptions.set(id as ExemptionId, raw as unknown as Exemption);
  return {
    id: state.id,
    version: state.version,
    title: state.title,
    roots: [...state.roots],
    categories,
    exemptions,
    destinations: {
      hosts: [...state.hosts],
      clouds: [...state.clouds.values()],
      internal: {
        cidrs: [...state.internal.cidrs],
        suffixes: [...state.internal.suffixes],
        ...(state.internal.singleLabel !== undefined ? { singleLabel: state.internal.singleLabel } : {}),
        examples: state.internal.examples,
      },
    },
    sinks: [...state.sinks.values()],
    signals: new Map([...state.signals].map(([category, { signals }]) => [category, signals])),
    ...(state.abbreviations.size > 0 || state.qualifiers.size > 0 || state.compounds
      ? {
          vocabulary: {
            abbreviations: [...state.abbreviations.values()],
            qualifiers: [...state.qualifiers.values()],
            ...(state.compounds ? { compounds: state.compounds } : {}),
          },
        }
      : {}),
    ...(state.dictionaries.size > 0 ? { dictionaries: [...state.dictionaries.values()] } : {}),
    ...(toRemoteCatalogue(state.remote) ? { remote: toRemoteCatalogue(state.remote)! } : {}),
    propagation: toPropagationKnowledge(state.propagation),
  };
}

/**
 * Indices of list entries that carry schema errors. A problem outside any
 * entry (the top-level shape) is reported as `undefined`: the whole file is
 * then left out.
 */
export function entriesWithErrors(listPointer: string, errors: InputError[]): Set<number> | undefined {
  const bad = new Set<number>();
  for (const error of errors) {
    const pointer = error.pointer ?? "";
    if (!pointer.startsWith(`${listPointer}/`)) return undefined;
    const index = Number(pointer.slice(listPointer.length + 1).split("/")[0]);
    if (!Number.isInteger(index)) return undefined;
    bad.add(index);
  }
  return bad;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
