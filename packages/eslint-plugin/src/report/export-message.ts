import { basename, relative } from "node:path";
import type { Finding } from "@vdx/core";
import type { ProjectKnowledge } from "../project/knowledge.js";
import { describeCategories } from "./category-titles.js";

/**
 * The editor message of an export finding: the core's sentence (the one the
 * CLI prints), then what a developer needs to act without opening a report —
 * which categories from which field reach which destination in which
 * jurisdiction, and what record would cover it.
 */
export function describeExport(finding: Finding, knowledge: ProjectKnowledge, options: { showFlow: boolean }): string {
  const facts = finding.export;
  const parts: string[] = [];
  if (facts) {
    // The facts first, always in this shape, so a hover reads "what → where" before the why.
    const origin = originOf(finding);
    parts.push(
      `${describeCategories(knowledge.pack, facts.categories)}${origin ? ` from ${origin}` : ""} → ${facts.destination} (${facts.jurisdiction}, ${facts.behaviour}):`,
    );
  }
  parts.push(finding.message.trim());
  const hint = coverHint(finding, knowledge);
  if (hint) parts.push(hint);
  if (options.showFlow && finding.flow && finding.flow.length > 1) parts.push(`Path: ${summarisePath(finding, knowledge.root)}.`);
  return parts.join(" ");
}

/** The classified field or signal the data comes from, as the first flow step names it. */
function originOf(finding: Finding): string | undefined {
  const first = finding.flow?.[0]?.message;
  if (!first) return undefined;
  return /^(?:field|signal|read of|property)\s+(\S+)/i.exec(first)?.[1] ?? undefined;
}

/** What record would make the flow legal, in the words of the registry file. */
function coverHint(finding: Finding, knowledge: ProjectKnowledge): string | undefined {
  const facts = finding.export;
  if (!facts) return undefined;
  const registry = knowledge.config.assessments ? basename(knowledge.config.assessments) : "data-export-assessments.yaml";
  const ids = facts.categories.join(", ");
  switch (finding.ruleId) {
    case "unassessed-export":
      return `To cover it, add a record to ${registry} with destinations [${facts.destination}], categories [${ids}], behaviours [${facts.behaviour}] and a mechanism adequate for them, or cite one here with // vdx-assessment: <id>.`;
    case "inadequate-assessment":
      return facts.assessment
        ? `Fix record ${facts.assessment} in ${registry} (it must list ${facts.destination} and [${ids}], be valid on the scan date and use an adequate mechanism), or file a new one.`
        : undefined;
    case "vehicle-direct-export":
      return "No record makes this legal: send it to a domestic platform, which may export it under a record.";
    case "unresolved-destination":
      return "Make the destination a constant or a literal vdx can read, or map its host in vdx.config.yaml `hosts:`.";
    default:
      return undefined;
  }
}

function summarisePath(finding: Finding, root: string): string {
  const steps = finding.flow ?? [];
  const where = (i: number) => {
    const step = steps[i]!;
    return `${step.message} (${relative(root, step.location.file) || basename(step.location.file)}:${step.location.line})`;
  };
  if (steps.length <= 3) return steps.map((_, i) => where(i)).join(" → ");
  return `${where(0)} → … ${steps.length - 2} steps … → ${where(steps.length - 1)}`;
}
