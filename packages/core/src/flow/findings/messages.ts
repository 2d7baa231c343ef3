import type { RuleId } from "../../model/finding.js";
import type { Verdict } from "../../model/verdict.js";
import type { PlacedDestination } from "../border/place-destination.js";
import type { FlowGroup } from "./flow-groups.js";

type Resolved = Extract<PlacedDestination, { kind: "resolved" }>;

/** `Trip.lat, annotation; Trip.vin, annotation` (at most three, then "+N more"). */
export function describeOrigins(group: FlowGroup): string {
  const shown = group.origins.slice(0, 3).map((o) => `${o.origin.path}, ${o.origin.evidence}`);
  const more = group.origins.length - shown.length;
  return shown.join("; ") + (more > 0 ? `; +${more} more` : "");
}

function destinationText(placed: Resolved): string {
  const overridable = placed.overridableBy ? `, default of $${placed.overridableBy}, overridable at run time` : "";
  return `${placed.destination} (${placed.jurisdiction}${overridable})`;
}

function gapText(verdict: Verdict): string {
  const gaps = verdict.gaps.map((g) => g.message);
  return gaps.length > 0 ? gaps.join("; ") : verdict.status;
}

/** The one-line message of an export finding (contracts.md): what, from where, to where, via what, and what is missing. */
export function exportMessage(rule: RuleId, verdict: Verdict, group: FlowGroup, placed: Resolved, cited: string | undefined): string {
  const what = `${group.categories.join(", ")} (${describeOrigins(group)})`;
  const via = `via ${group.sink.model.id}`;
  switch (rule) {
    case "vehicle-direct-export":
      return `on-vehicle code sends ${what} straight to ${destinationText(placed)} ${via}: ${gapText(verdict)}`;
    case "inadequate-assessment": {
      const record = verdict.record ?? cited ?? "the matching record";
      return `${what} reaches ${destinationText(placed)} ${via}, but record ${record} does not cover it: ${gapText(verdict)}; requires ${verdict.required}`;
    }
    default: {
      const citedNote = cited ? ` (cited record ${cited}: ${gapText(verdict)})` : "";
      return `${what} reaches ${destinationText(placed)} ${via} with no covering assessment${citedNote}: requires ${verdict.required}`;
    }
  }
}

export function unresolvedMessage(group: FlowGroup, placed: PlacedDestination): string {
  const what = `${group.categories.join(", ")} (${describeOrigins(group)})`;
  const via = `via ${group.sink.model.id}`;
  if (placed.kind === "unresolved") {
    return `${what} reaches a destination vdx cannot resolve statically (${placed.reason}) ${via}: declare it, or add the host to config hosts`;
  }
  const overridable = placed.overridableBy ? ` (default of $${placed.overridableBy}, overridable at run time)` : "";
  return `${what} reaches ${placed.destination}${overridable} ${via}, a host in no destination table: add it to config hosts with its jurisdiction`;
}
