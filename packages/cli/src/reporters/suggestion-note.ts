import { renderFindingMessage, type Finding } from "@vdx/core";

/** Messages whose data already names every suggested id (the did-you-mean, the signal evidence). */
const NAMES_ITS_SUGGESTIONS = new Set(["unknownCategory", "unclassified", "classifiedBySignal"]);

/**
 * ` (suggested: a, b)` for a finding whose message does not already name its
 * suggestions — schema and registry messages usually list them ("did you mean",
 * "looks like … pi.sensitive.minor (term:child …)"), and saying it twice reads badly.
 * A finding with a message id says so by its id; a finished sentence is searched.
 */
export function suggestionNote(finding: Finding): string {
  const suggestions = finding.suggestions ?? [];
  if (suggestions.length === 0 || (finding.messageId !== undefined && NAMES_ITS_SUGGESTIONS.has(finding.messageId))) return "";
  const text = renderFindingMessage(finding);
  if (/did you mean/i.test(text) || suggestions.every((id) => text.includes(id))) return "";
  return ` (suggested: ${suggestions.join(", ")})`;
}
