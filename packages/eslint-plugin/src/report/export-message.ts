import { basename } from "node:path";
import { DEFAULT_ASSESSMENTS_FILE, relativeToRoot, renderFindingMessage, type Finding } from "@vdx/core";
import type { ProjectKnowledge } from "../project/knowledge.js";

/** What the editor adds after the core's sentence (data of every export message, empty when there is nothing to add). */
export interface ExportMessageSuffix {
  /** `.` when the core's sentence does not end in one. */
  period: string;
  /** ` To cover it: …` / ` Update record …`: the record that would cover the flow. */
  coverHint: string;
  /** ` Path: …`: the path from the classified field to the sink (two or three hops), with `showFlow`. */
  flowPath: string;
}

/** The placeholders an export rule appends to each core template (see `editorTemplate`). */
export const EXPORT_SUFFIX = "{{period}}{{coverHint}}{{flowPath}}";

/**
 * The editor message of an export finding: the core's sentence (the one the
 * CLI prints: which categories from which fields reach which destination in
 * which jurisdiction, and what mechanism is required, rendered from the
 * rule's message table), then the record that would cover it, then —
 * optionally — the path from the classified field to the sink.
 */
export function exportMessageSuffix(finding: Finding, knowledge: ProjectKnowledge, options: { showFlow: boolean }): ExportMessageSuffix {
  const hint = coverHint(finding, knowledge);
  const showPath = options.showFlow && finding.flow !== undefined && finding.flow.length > 1;
  return {
    period: /[.!?]$/.test(renderFindingMessage(finding)) ? "" : ".",
    coverHint: hint ? ` ${hint}` : "",
    flowPath: showPath ? ` Path: ${summarisePath(finding, knowledge.root)}.` : "",
  };
}

/** What record would make the flow legal, in the words of the registry file. */
function coverHint(finding: Finding, knowledge: ProjectKnowledge): string | undefined {
  const facts = finding.export;
  if (!facts) return undefined;
  const registry = basename(knowledge.config.assessments || DEFAULT_ASSESSMENTS_FILE);
  switch (finding.ruleId) {
    case "unassessed-export": {
      const behaviours = facts.behaviour === "push" ? "" : `, behaviours [${facts.behaviour}]`;
      return (
        `To cover it: a record in ${registry} with destinations [${recordDestination(facts.destination)}], ` +
        `categories [${facts.categories.join(", ")}]${behaviours} and the required mechanism; cite it here with // vdx-assessment: <id>.`
      );
    }
    case "inadequate-assessment":
      return facts.assessment ? `Update record ${facts.assessment} in ${registry}, or file one that covers this flow.` : undefined;
    default:
      // vehicle-direct-export and unresolved-destination: the core's sentence already says what to do.
      return undefined;
  }
}

/** Records list hosts (globs) and bucket URLs, not full request URLs. */
function recordDestination(destination: string): string {
  if (!/^https?:\/\//i.test(destination) && !/^wss?:\/\//i.test(destination) && !/^mqtts?:\/\//i.test(destination)) return destination;
  try {
    return new URL(destination).hostname;
  } catch {
    return destination;
  }
}

function summarisePath(finding: Finding, root: string): string {
  const steps = finding.flow ?? [];
  const where = (i: number) => {
    const step = steps[i]!;
    return `${step.message} (${relativeToRoot(root, step.location.file)}:${step.location.line})`;
  };
  if (steps.length <= 3) return steps.map((_, i) => where(i)).join(" → ");
  return `${where(0)} → … ${steps.length - 2} steps … → ${where(steps.length - 1)}`;
}
