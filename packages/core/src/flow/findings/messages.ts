import type { RuleId } from "../../model/finding.js";
import type { Verdict } from "../../model/verdict.js";
import type { PlacedDestination } from "../border/place-destination.js";
import type { Origin } from "../taint/taint.js";
import type { FlowGroup } from "./flow-groups.js";
import { recordShortfall } from "./verdict-text.js";
import { findingMessage, type FindingMessage } from "../../messages/render-message.js";

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

/** Where a resolved destination is, as the export templates say it: host, jurisdiction, and whether run time may override it. */
function destinationData(placed: Resolved): { destination: string; jurisdiction: string; overridable: string } {
  const overridable = placed.overridableBy ? `, default of $${placed.overridableBy}, overridable at run time` : "";
  return { destination: placed.destination, jurisdiction: placed.jurisdiction, overridable };
}

/**
 * The message of an export finding (contracts.md): what, to where, via what,
 * what is missing, and what the law asks — each said once. `payload` is the
 * categories and at most three of the fields that carry them.
 */
export function exportMessage(rule: RuleId, verdict: Verdict, group: FlowGroup, placed: Resolved, cited: string | undefined): FindingMessage {
  const common = { payload: describeData(group.categories, group.origins), ...destinationData(placed), sink: group.sink.model.id };
  switch (rule) {
    case "vehicle-direct-export":
      return findingMessage("vehicle-direct-export", "vehicleDirectExport", common);
    case "inadequate-assessment":
      return findingMessage("inadequate-assessment", "inadequateAssessment", {
        ...common,
        shortfall: recordShortfall(verdict, verdict.record ?? cited),
        required: verdict.required,
      });
    default:
      return findingMessage("unassessed-export", "unassessedExport", {
        ...common,
        citedShortfall: cited ? ` (${recordShortfall(verdict, cited)})` : "",
        required: verdict.required,
      });
  }
}

/**
 * Why the destination is unknown, in the words a user recognises: the
 * environment variable it is read from when there is one, else the
 * resolver's reason (never ending in a dangling colon).
 */
export function unresolvedWhy(placed: Unresolved): string {
  const variables = placed.environment ?? [];
  return variables.length > 0 ? `read from ${environmentText(variables)}, with no default vdx can place` : placed.reason;
}

function environmentText(variables: readonly string[]): string {
  return variables.length === 1 ? `environment variable ${variables[0]}` : `environment variables ${variables.join(", ")}`;
}

export function unresolvedMessage(group: FlowGroup, placed: PlacedDestination): FindingMessage {
  const payload = describeData(group.categories, group.origins);
  const sink = group.sink.model.id;
  if (placed.kind === "unresolved") {
    const variables = placed.environment ?? [];
    if (variables.length > 0)
      return findingMessage("unresolved-destination", "unresolvedEnvironment", { payload, variables: environmentText(variables), sink });
    return findingMessage("unresolved-destination", "unresolvedDestination", { payload, reason: placed.reason, sink });
  }
  const overridable = placed.overridableBy ? ` (default of $${placed.overridableBy}, overridable at run time)` : "";
  return findingMessage("unresolved-destination", "unplacedHost", { payload, destination: placed.destination, overridable, sink });
}
