import { findingFingerprint, relativeToRoot, renderFindingMessage, type Finding } from "@vdx/core";
import { RULES } from "../rule-catalog.js";
import { ruleHelpUri } from "../project-links.js";
import { code, inline } from "./markdown-escape.js";
import { plural, summarize } from "./summary.js";
import { suggestionNote } from "./suggestion-note.js";
import { diffFilterText, shardText } from "./text.js";
import type { ReportInput, ReporterOptions } from "./report-input.js";

/**
 * A report for a pull-request comment or for compliance staff: a summary table
 * per rule, then the findings by file with their export facts and flow.
 */
export function formatMarkdown(result: ReportInput, options: ReporterOptions): string {
  const summary = summarize(result.findings);
  const rel = (file: string) => relativeToRoot(result.root, file);
  const out: string[] = [];
  const verdict = summary.total === 0 ? "no problems" : `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}`;
  out.push(`## vdx scan: ${verdict}`, "");
  out.push(
    `Rule pack ${code(`${result.pack.id}@${result.pack.version}`)} · as of ${result.asOf} · ` +
      `${plural(result.stats.files.total, "file")} scanned · vdx ${options.toolVersion}`,
  );
  for (const scope of [diffFilterText(result), shardText(result)]) if (scope !== undefined) out.push("", `> ${inline(scope)}`);
  const hidden: string[] = [];
  if (result.baselined > 0) hidden.push(`${result.baselined} in the baseline`);
  if (result.unchanged > 0) hidden.push(`${result.unchanged} not touching the change`);
  if (hidden.length > 0) out.push("", `Not shown: ${hidden.join(", ")}.`);
  const stale = result.staleBaseline ?? [];
  if (stale.length > 0) {
    out.push("", `${plural(stale.length, "baseline entry", "baseline entries")} no longer match a finding; \`vdx baseline --update\` removes them:`, "");
    for (const entry of stale) out.push(`- ${code(entry.file)} ${code(entry.ruleId)} ${inline(entry.message)}`);
  }
  out.push("", "| rule | default level | findings |", "| --- | --- | ---: |");
  for (const rule of RULES) {
    out.push(`| [${code(rule.id)}](${ruleHelpUri(rule.id)}) | ${rule.defaultLevel} | ${summary.byRule[rule.id]} |`);
  }

  if (result.findings.length > 0) out.push("", "### Findings");
  let currentFile: string | undefined;
  for (const finding of result.findings) {
    if (finding.location.file !== currentFile) {
      currentFile = finding.location.file;
      out.push("", `#### ${code(rel(currentFile))}`, "");
    }
    out.push(...findingLines(finding, rel, findingFingerprint(finding, result.root)));
  }
  return out.join("\n") + "\n";
}

function findingLines(finding: Finding, rel: (file: string) => string, fingerprint: string): string[] {
  const level = finding.level === "error" ? "**error**" : "warning";
  const lines = [`- ${level} ${code(finding.ruleId)} line ${finding.location.line}: ${inline(renderFindingMessage(finding))}`];
  // Only when the message does not already name them ("did you mean …").
  if (finding.suggestions && finding.suggestions.length > 0 && suggestionNote(finding) !== "") {
    lines.push(`  - suggested: ${finding.suggestions.map(code).join(", ")}`);
  }
  if (finding.export) {
    const e = finding.export;
    lines.push(
      `  - ${e.behaviour} to ${code(e.destination)} (${e.jurisdiction}) · categories ${e.categories.map(code).join(", ")}` +
        (e.assessment ? ` · record ${code(e.assessment)}` : finding.ruleId === "vehicle-direct-export" ? "" : " · no record"),
    );
  }
  if (finding.flow && finding.flow.length > 0) {
    lines.push("  <details><summary>flow</summary>", "");
    for (const step of finding.flow) {
      lines.push(`  1. ${code(`${rel(step.location.file)}:${step.location.line}`)} ${inline(step.message)}`);
    }
    lines.push("", "  </details>");
  }
  lines.push(`  <!-- vdx-fingerprint: ${fingerprint} -->`);
  return lines;
}
