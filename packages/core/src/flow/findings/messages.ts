import type { RuleId } from "../../model/finding.js";
import type { Verdict } from "../../model/verdict.js";
import type { PlacedDestination } from "../border/place-destination.js";
import type { Origin } from "../taint/taint.js";
import type { FlowGroup } from "./flow-groups.js";
import { recordShortfall } from "./verdict-text.js";

type Resolved = Extract<PlacedDestination, { kind: "resolved" }>;
type Unresolved = Extract<PlacedDestination, { kind: "unresolved" }>;

/** Fields a message names before "+N more"; the code flow and `vdx explain` list them all. */
const FIELDS_IN_MESSAGE = 3;

/** Distinct field or signal paths of the origins, in order. */
export function originPaths(origins: readonly { origin: Origin }[]): string[] {
  return [...new Set(origins.map((o) => o.origin.path))];
}

/** `Trip.lat, Trip.vin, Trip.speed, +2 more` (at most three paths). */
function describeOrigins(origins: readonly { origin: Origin }[]): string {
  const paths = originPaths(origins);
  const shown = paths.slice(0, FIELDS_IN_MESSAGE);
  const more = paths.length - shown.length;
  return shown.join(", ") + (more > 0 ? `, +${more} more` : "");
}

/** What is sent: every category, then at most three of the fields that carry them. */
export function describeData(categories: readonly string[], origins: readonly { origin: Origin }[]): string {
  const fields = describeOrigins(origins);
  return fields ? `${categories.join(", ")} (${fields})` : categories.join(", ");
}

function destinationText(placed: Resolved): string {
  const overridable = placed.overridableBy ? `, default of $${placed.overridableBy}, overridable at run time` : "";
  return `${placed.destination} (${placed.jurisdiction}${overridable})`;
}

/**
 * The one-line message of an export finding (contracts.md): what, to where,
 * via what, what is missing, and what the law asks — each said once.
 */
export function exportMessage(rule: RuleId, verdict: Verdict, group: FlowGroup, placed: Resolved, cited: string | undefined): string {
  const what = describeData(group.categories, group.origins);
  const via = `via ${group.sink.model.id}`;
  switch (rule) {
    case "vehicle-direct-export":
      return (
        `on-vehicle code sends ${what} straight to ${destinationText(placed)} ${via}; ` +
        "vehicles must not send PI or important data directly to foreign hosts (GB/T 44464-2024 §5.8/§6.7), whatever the registry says: " +
        "send it to a domestic platform, which may then export it under a recorded mechanism"
      );
    case "inadequate-assessment":
      return `${what} reaches ${destinationText(placed)} ${via}, but ${recordShortfall(verdict, verdict.record ?? cited)}; requires ${verdict.required}`;
    default: {
      const citedNote = cited ? ` (${recordShortfall(verdict, cited)})` : "";
      return `${what} reaches ${destinationText(placed)} ${via} with no covering assessment${citedNote}; requires ${verdict.required}`;
    }
  }
}

/**
 * Why the destination is unknown, in the words a user recognises: the
 * environment variable it is read from when there is one, else the
 * resolver's reason (never ending in a dangling colon).
 */
export function unresolvedWhy(placed: Unresolved): string {
  const variables = placed.environment ?? [];
  if (variables.length > 0) {
    const which = variables.length === 1 ? `environment variable ${variables[0]!}` : `environment variables ${variables.join(", ")}`;
    return `read from ${which}, with no default vdx can place`;
  }
  return placed.reason;
}

export function unresolvedMessage(group: FlowGroup, placed: PlacedDestination): string {
  const what = describeData(group.categories, group.origins);
  const via = `via ${group.sink.model.id}`;
  if (placed.kind === "unresolved") {
    const fix = (placed.environment ?? []).length > 0
      ? "give the variable a default host vdx can place, or map the hosts it may take in config hosts"
      : "make the destination a constant vdx can read, or map its host in config hosts";
    return `${what} reaches a destination vdx cannot resolve statically (${unresolvedWhy(placed)}) ${via}: ${fix}`;
  }
  const overridable = placed.overridableBy ? ` (default of $${placed.overridableBy}, overridable at run time)` : "";
  return `${what} reaches ${placed.destination}${overridable} ${via}, a host in no destination table: add it to config hosts with its jurisdiction`;
}
