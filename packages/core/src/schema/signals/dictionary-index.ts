import type { DictionaryContext, DictionaryGroup, SignalDictionary } from "../../model/signal-knowledge.js";
import { nameKey, partsOf } from "./identifier-parts.js";

/** What decides where a name is "in" its dictionary: the dictionary's context plus its group's. */
interface ContextSets {
  /** Object keys (`objectKey`) of enclosing objects / types (`meter_values_request`). */
  objects: Set<string>;
  /** Identifier parts of enclosing names / types (`ocpp`). */
  parts: Set<string>;
  /** Name keys of siblings that put a name in context (`measurand` beside `value`). */
  names: Set<string>;
}

export interface DictionaryNameEntry {
  dictionary: string;
  group: DictionaryGroup;
  /** `dict:ocpp:meterStart`. */
  which: string;
  /** Counts as context for the other names of its dictionary (a specific name). */
  distinctive: boolean;
  /** A common name (`value`, `uid`): only its group's sibling `names`, not any distinctive sibling, put it in context. */
  generic: boolean;
  context: ContextSets;
  /** The group's own context, as written: names are replaced within one dictionary and scope. */
  scope: string;
}

interface DictionaryPathEntry {
  dictionary: string;
  group: DictionaryGroup;
  /** The path as the dictionary writes it (a branch for `**` entries). */
  path: string;
  which: string;
}

/** VSS instance segments of a branch: literal names, and `Row#`-style prefixes followed by digits. */
interface InstanceNames {
  literal: Set<string>;
  numbered: string[];
}

export interface DictionaryIndex {
  /** Name key → entries, one per dictionary and group context (the last group that lists the name wins). */
  names: Map<string, DictionaryNameEntry[]>;
  /** Instance-free VSS leaf path → entry (last writer wins). */
  vssLeaves: Map<string, DictionaryPathEntry>;
  /** `**` entries, one per branch (last writer wins). */
  vssBranches: Map<string, DictionaryPathEntry>;
  instances: Map<string, InstanceNames>;
}

export function buildDictionaryIndex(dictionaries: readonly SignalDictionary[]): DictionaryIndex {
  const index: DictionaryIndex = { names: new Map(), vssLeaves: new Map(), vssBranches: new Map(), instances: new Map() };
  for (const dictionary of dictionaries) {
    for (const { branch, names } of dictionary.instances) {
      const entry = index.instances.get(branch) ?? { literal: new Set<string>(), numbered: [] };
      for (const name of names) {
        if (name.endsWith("#")) entry.numbered.push(name.slice(0, -1));
        else entry.literal.add(name);
      }
      index.instances.set(branch, entry);
    }
    for (const group of dictionary.groups) {
      // A generic name (`data`, `value`) is in context only where its own group says: in a
      // `PointCloud2`, not in any message of the dictionary.
      const context = group.generic === true ? contextSets(group.context) : contextSets(dictionary.context, group.context);
      const scope = JSON.stringify(group.context ?? {});
      // Mapped names count as context for their dictionary unless marked generic; `out` names only when marked `generic: false`.
      const distinctive = group.generic === false || (group.categories !== undefined && group.generic !== true);
      for (const name of group.names ?? []) {
        const key = nameKey(name);
        if (key === "") continue;
        // A name listed again in the same dictionary and scope (a user pack's group) replaces the earlier decision.
        const entries = (index.names.get(key) ?? []).filter((e) => e.dictionary !== dictionary.id || e.scope !== scope);
        entries.push({
          dictionary: dictionary.id,
          group,
          which: `dict:${dictionary.id}:${name}`,
          distinctive,
          generic: group.generic === true,
          context,
          scope,
        });
        index.names.set(key, entries);
      }
      if (group.branch === undefined) continue;
      for (const leaf of group.leaves ?? []) {
        if (leaf === "**") {
          // VSS evidence keeps the `vss:` form of the pack's own VSS signals (inventories and baselines show it).
          index.vssBranches.set(group.branch, { dictionary: dictionary.id, group, path: group.branch, which: `vss:${group.branch}.**` });
        } else {
          const path = `${group.branch}.${leaf}`;
          index.vssLeaves.set(path, { dictionary: dictionary.id, group, path, which: `vss:${path}` });
        }
      }
    }
  }
  return index;
}

function contextSets(...contexts: (DictionaryContext | undefined)[]): ContextSets {
  const sets: ContextSets = { objects: new Set(), parts: new Set(), names: new Set() };
  for (const context of contexts) {
    for (const object of context?.objects ?? []) sets.objects.add(objectKey(object));
    for (const part of context?.parts ?? []) sets.parts.add(part);
    for (const name of context?.names ?? []) sets.names.add(nameKey(name));
  }
  return sets;
}

/**
 * A VSS path without its instance segments: a JSON export writes
 * `Vehicle.Cabin.Door.Row1.DriverSide.IsOpen` for the catalog leaf
 * `Vehicle.Cabin.Door.IsOpen`. Only segments right after a branch that
 * declares instances are dropped, never the leaf itself.
 */
export function withoutInstances(path: string, index: DictionaryIndex): string {
  if (index.instances.size === 0) return path;
  const segments = path.split(".");
  const kept: string[] = [];
  let prefix = "";
  for (let i = 0; i < segments.length; i++) {
    kept.push(segments[i]!);
    prefix = prefix === "" ? segments[i]! : `${prefix}.${segments[i]!}`;
    const instances = index.instances.get(prefix);
    if (!instances) continue;
    while (i + 2 < segments.length && isInstance(segments[i + 1]!, instances)) i++;
  }
  return kept.join(".");
}

function isInstance(segment: string, names: InstanceNames): boolean {
  if (names.literal.has(segment)) return true;
  return names.numbered.some((prefix) => segment.length > prefix.length && segment.startsWith(prefix) && /^\d+$/.test(segment.slice(prefix.length)));
}

/** Name keys and parts of enclosing names and of the field's type, against which dictionary context is checked. */
export interface Surroundings {
  objects: Set<string>;
  parts: Set<string>;
}

export function surroundingsOf(parents: readonly string[] | undefined, typeName: string | undefined): Surroundings {
  const objects = new Set<string>();
  const parts = new Set<string>();
  const add = (name: string): void => {
    objects.add(objectKey(name));
    for (const part of partsOf(name)) parts.add(part);
  };
  for (const parent of parents ?? []) add(parent);
  // Type text may wrap the name: `ocpp.v16.MeterValue[]`, `Array<LaserScan>`.
  for (const token of typeName?.match(/[A-Za-z_][\w]*/g) ?? []) add(token);
  return { objects, parts };
}

/** A suffix that only says how code declares an object (`_schema`, `_dto`, `_type` of a name key). */
const DECLARATION_SUFFIX = /_(?:schema|dto|type)$/;

/**
 * The key an object name is compared by: its name key without the suffix that only says how the code
 * declares it, so a standard's `SignedMeterValueType` is the `SignedMeterValueSchema` of a zod model,
 * the `SignedMeterValueDto` of a DTO class and the `SignedMeterValue` of an interface (and a `…TypeDto` the `…Type`).
 */
function objectKey(name: string): string {
  let key = nameKey(name);
  // Suffixes stack (`PublishTokenTypeDto`, `EVSETypeSchema`): cut them all, never the whole name.
  for (let cut = DECLARATION_SUFFIX.exec(key); cut && cut.index > 0; cut = DECLARATION_SUFFIX.exec(key)) key = key.slice(0, cut.index);
  return key;
}

export function inContextByName(entry: DictionaryNameEntry, around: Surroundings): boolean {
  for (const object of entry.context.objects) if (around.objects.has(object)) return true;
  for (const part of entry.context.parts) if (around.parts.has(part)) return true;
  return false;
}
