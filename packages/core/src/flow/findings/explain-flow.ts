import type { SourceLocation } from "../../model/location.js";
import type { Verdict } from "../../model/verdict.js";
import type { PlacedDestination } from "../border/place-destination.js";
import type { FlowGroup } from "./flow-groups.js";
import { unresolvedWhy } from "./messages.js";
import { displayPath } from "./relative-paths.js";
import { verdictLines } from "./verdict-text.js";

export interface ExplainInput {
  group: FlowGroup;
  placed: PlacedDestination;
  citedRecord: string | undefined;
  code: { jurisdiction: string; deployment?: string };
  vehicleSide: string | undefined;
  verdict: Verdict | undefined;
  ctx: { config: { root: string; unknownHosts: string } };
}

/**
 * The full reasoning behind one export finding, for `vdx explain file:line`:
 * which fields and evidence, which path, which sink (described once), which
 * destination and why that jurisdiction, where the code runs, and every record
 * tried with why it failed (each said once).
 */
export function explainFlow(input: ExplainInput): string[] {
  const { group, placed, verdict } = input;
  const at = (location: SourceLocation): string => `${displayPath(input.ctx.config.root, location.file)}:${location.line}:${location.column}`;
  const lines: string[] = [];
  lines.push(`Data (${group.categories.join(", ")}):`);
  for (const origin of group.origins) {
    lines.push(`  - ${origin.origin.path}: ${origin.categories.join(", ")} by ${origin.origin.evidence}, classified at ${at(origin.origin.location)}`);
  }
  const first = group.origins[0];
  if (first) {
    lines.push(`Path (from ${first.origin.path}):`);
    for (const step of [first.origin.step, ...first.steps]) lines.push(`  ${at(step.location)}  ${step.message}`);
    lines.push(`  ${at(group.sink.location)}  sent by ${group.sink.model.id}`);
  }
  const model = group.sink.model;
  lines.push(`Sink: ${model.id}${model.description ? ` — ${model.description}` : ""}`);
  for (const step of group.sink.steps) lines.push(`  ${at(step.location)}  ${step.message}`);
  for (const step of [...group.destinationSteps].reverse()) lines.push(`Destination supplied: ${at(step.location)}  ${step.message}`);
  if (placed.kind === "resolved") {
    lines.push(`Destination: ${placed.destination} → jurisdiction ${placed.jurisdiction}: ${placed.why}`);
    if (placed.overridableBy) lines.push(`  This is the default; $${placed.overridableBy} overrides it at run time. vdx judges the default.`);
  } else {
    lines.push(`Destination: cannot be resolved statically (${unresolvedWhy(placed)}; config unknownHosts: ${input.ctx.config.unknownHosts})`);
  }
  lines.push(
    `Code runs in: ${input.code.jurisdiction}${input.code.deployment ? ` (deployments entry ${input.code.deployment})` : " (no deployments entry matches: China)"}`,
  );
  if (input.vehicleSide) lines.push(`On-vehicle code: matches vehicleSide ${input.vehicleSide}`);
  if (input.citedRecord) lines.push(`Cited record: ${input.citedRecord} (verified, not a suppression)`);
  if (verdict) lines.push(...verdictLines(verdict));
  return lines;
}
