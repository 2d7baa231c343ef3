import type { Finding } from "@vdx/core";

/**
 * ` (suggested: a, b)` for a finding whose message does not already name its
 * suggestions — schema and registry messages usually list them ("did you mean",
 * "looks like … pi.sensitive.minor (term:child …)"), and saying it twice reads badly.
 */
export function suggestionNote(finding: Finding): string {
  const suggestions = finding.suggestions ?? [];
  if (suggestions.length === 0 || /did you mean/i.test(finding.message)) return "";
  if (suggestions.every((id) => finding.message.includes(id))) return "";
  return ` (suggested: ${suggestions.join(", ")})`;
}
