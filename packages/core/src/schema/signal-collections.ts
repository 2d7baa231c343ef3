import type { RulePack } from "../model/pack.js";
import { fieldCandidates, WEAK_SIGNAL_CONFIDENCE } from "./classify-field.js";
import { splitIdentifier } from "./signals/split-identifier.js";

/** A collection of names (a TS or proto enum, a literal union, a list of strings) as the gate sees it. */
export interface NameCollection {
  /** Dotted name of the collection (`TelemetryField`, `Trip.kind`, `acme.v1.Field`). */
  name: string;
  members: readonly { identifier: string; alternatives?: string[]; siblings: string[]; parents: string[] }[];
}

/**
 * A collection names signals when at least this share of its members (and at
 * least two) match the pack's signals: a field enum or a list of telemetry
 * columns is mostly signal names, a status enum has at most a word or two
 * that happen to look like one (`Charging`, `EVConnected`).
 */
const MIN_SIGNAL_SHARE = 1 / 3;
const MIN_SIGNAL_MEMBERS = 2;

/**
 * Last words of collection names that say the members are values of a state, a mode or a kind, or the
 * names of types and entities — not names of data: `ChargingStateEnumType`, `ConnectorStatus`, `DriveMode`,
 * `StopReason`, `DropOffPickupType`, a persistence `Namespace` of `ChargingProfile`, `MeterValue`.
 * Such collections never name signals, whatever their members look like (`Charging`, `Locked`, `Parked`).
 */
const STATE_WORDS = new Set([
  "status",
  "state",
  "mode",
  "reason",
  "result",
  "kind",
  "type",
  "level",
  "action",
  "trigger",
  "event",
  "command",
  "response",
  "request",
  "operation",
  "format",
  "unit",
  "purpose",
  "priority",
  "criterion",
  "category",
  "error",
  "code",
  "outcome",
  "condition",
  "stage",
  "step",
  "severity",
  "direction",
  "context",
  "namespace",
  "entity",
  "table",
  "model",
  "resource",
  // OCPI `ModuleID` (`cdrs`, `credentials`, `tariffs`): the names of a protocol's modules, not of data.
  "module",
]);

/**
 * Words before a final `type` that make the collection a list of measured quantities after all: an OCPI
 * `CdrDimensionType` (`ENERGY`, `CURRENT`, `STATE_OF_CHARGE`) names what a charging period measured.
 */
const QUANTITY_WORDS = new Set(["dimension", "measurand", "quantity"]);

/**
 * Trailing words that only say "this is an enum" (`MeasurandEnum`, `FieldValues`) or a list of ids (`ModuleID`);
 * `type` only after `enum` (`MeasurandEnumType`): on its own it names a kind (`DropOffPickupType`, `RouteType`).
 */
const WRAPPER_WORDS = new Set(["enum", "schema", "values", "value", "list", "names", "enumeration", "id", "ids"]);

/**
 * Whether a collection's members are field names of vehicle data (a
 * telemetry field enum, OCPP measurands, streaming columns) rather than the
 * values of a state or mode (`Accepted`, `Charging`, `Locked`).
 */
export function namesSignals(collection: NameCollection, pack: RulePack): boolean {
  if (namesAState(collection.name)) return false;
  const members = collection.members;
  if (members.length < MIN_SIGNAL_MEMBERS) return false;
  const prefix = sharedNamePrefix(collection);
  let matched = 0;
  for (const member of members) {
    // Members that repeat the collection's name (`ChargePortLatch` + `Engaged`, `FIELD_` + `SPEED`)
    // are judged by what they add: the values of a latch are not signals, a field enum's keys are.
    const identifier = prefix === undefined ? member.identifier : splitIdentifier(member.identifier).slice(prefix).join("_");
    const alternatives = prefix === undefined ? member.alternatives : undefined;
    const candidates = fieldCandidates(
      { identifier, ...(alternatives ? { alternatives } : {}), context: { siblings: member.siblings, parents: member.parents } },
      pack,
    );
    if (candidates.some((c) => c.confidence >= WEAK_SIGNAL_CONFIDENCE)) matched++;
  }
  return matched >= MIN_SIGNAL_MEMBERS && matched >= members.length * MIN_SIGNAL_SHARE;
}

/**
 * The number of identifier parts every member repeats from the collection's own name (protobuf style:
 * `enum ChargePortLatchValue { ChargePortLatchEngaged … }`, `enum Field { FIELD_SPEED … }`), or
 * undefined when some member does not, or adds nothing.
 */
function sharedNamePrefix(collection: NameCollection): number | undefined {
  const own = collectionWords(collection.name);
  if (own.length === 0) return undefined;
  for (const member of collection.members) {
    const parts = splitIdentifier(member.identifier);
    if (parts.length <= own.length || own.some((word, i) => parts[i] !== word)) return undefined;
  }
  return own.length;
}

/** The collection's last name segment in words, without the words that only say it is an enum. */
function collectionWords(name: string): string[] {
  const parts = splitIdentifier(name.slice(name.lastIndexOf(".") + 1));
  if (parts.length > 2 && parts[parts.length - 1] === "type" && parts[parts.length - 2] === "enum") parts.pop();
  while (parts.length > 1 && WRAPPER_WORDS.has(parts[parts.length - 1]!)) parts.pop();
  return parts;
}

/** `ChargingStateEnumType` → state; `Trip.kind` → kind; `MeasurandEnumType` → measurand (not a state). */
function namesAState(name: string): boolean {
  const parts = collectionWords(name);
  const last = parts[parts.length - 1];
  if (last === undefined) return false;
  if (last === "type" && parts.length > 1 && QUANTITY_WORDS.has(parts[parts.length - 2]!)) return false;
  return isStateWord(last);
}

/** A state word or its plural (`statuses`, `modes`, `entities`). */
function isStateWord(word: string): boolean {
  if (STATE_WORDS.has(word)) return true;
  if (!word.endsWith("s")) return false;
  return STATE_WORDS.has(word.slice(0, -1)) || STATE_WORDS.has(word.slice(0, -2)) || (word.endsWith("ies") && STATE_WORDS.has(`${word.slice(0, -3)}y`));
}
