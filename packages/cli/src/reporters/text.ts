import { relativeToRoot, renderFindingMessage, type Finding } from "@vdx/core";
import { palette } from "./colour.js";
import { plural, summarize } from "./summary.js";
import { suggestionNote } from "./suggestion-note.js";
import { terminalSafe } from "./terminal-safe.js";
import type { ReportInput } from "./report-input.js";

export interface TextOptions {
  /** Directory paths are shown relative to (the user's cwd, so paths are clickable). */
  displayBase: string;
  colour: boolean;
}

/**
 * Human output of `vdx scan`: findings grouped by file as
 * `path:line:col  level  message  rule-id`, export findings followed by their
 * flow path, then one summary line.
 */
export function formatText(result: ReportInput, options: TextOptions): string {
  const c = palette(options.colour);
  // Names and messages come from the scanned repository: no control character reaches the terminal raw.
  const show = (file: string) => terminalSafe(relativeToRoot(options.displayBase, file));
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const finding of result.findings) {
    if (finding.location.file !== currentFile) {
      if (currentFile !== undefined) lines.push("");
      lines.push(c.underline(show(finding.location.file)));
      currentFile = finding.location.file;
    }
    const where = `${show(finding.location.file)}:${finding.location.line}:${finding.location.column}`;
    const level = finding.level === "error" ? c.red("error") : c.yellow("warn ");
    lines.push(`  ${where}  ${level}  ${terminalSafe(renderFindingMessage(finding) + suggestionNote(finding))}  ${c.dim(finding.ruleId)}`);
    for (const line of exportLines(finding, show)) lines.push(`      ${c.dim(line)}`);
  }

  const summary = summarize(result.findings);
  if (lines.length > 0) lines.push("");
  const counts = `${plural(summary.total, "problem")} (${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")})`;
  const extra: string[] = [];
  if (result.baselined > 0) extra.push(`${result.baselined} in baseline`);
  if (result.unchanged > 0) extra.push(`${result.unchanged} not touching the change`);
  const scanned = `${plural(result.stats.files.total, "file")} scanned`;
  const head = summary.total === 0 ? c.bold("✔ no problems") : c.bold(`${summary.errors > 0 ? c.red("✖") : c.yellow("⚠")} ${counts}`);
  const scope = [diffFilterText(result), shardText(result)]
    .filter((t): t is string => t !== undefined)
    .map((t) => ` · ${t}`)
    .join("");
  lines.push(`${head} · ${scanned}${scope}${extra.length > 0 ? ` · ${extra.join(", ")} not shown` : ""}`);
  const stale = result.staleBaseline ?? [];
  if (stale.length > 0) {
    lines.push(
      "",
      c.yellow(
        `${plural(stale.length, "baseline entry", "baseline entries")} no longer match a finding (fixed or changed); \`vdx baseline --update\` removes them:`,
      ),
    );
    for (const entry of stale) lines.push(`  ${entry.file}  ${c.dim(entry.ruleId)}  ${entry.message}`);
  }
  return lines.join("\n") + "\n";
}

function exportLines(finding: Finding, show: (file: string) => string): string[] {
  const out: string[] = [];
  if (finding.export) {
    const e = finding.export;
    const record = e.assessment ? ` · record ${e.assessment}` : "";
    out.push(terminalSafe(`${e.behaviour} → ${e.destination} (${e.jurisdiction}) · ${e.categories.join(", ")}${record}`));
  }
  for (const step of finding.flow ?? []) {
    out.push(`↳ ${show(step.location.file)}:${step.location.line}:${step.location.column}  ${terminalSafe(step.message)}`);
  }
  return out;
}

/** PR mode's scope, said in every format: what the findings were filtered by. */
export function diffFilterText(result: Pick<ReportInput, "diffFilter">): string | undefined {
  const diff = result.diffFilter;
  if (!diff) return undefined;
  const files = plural(diff.changedFiles, "changed file");
  if (diff.unfilteredBecause !== undefined) return `PR mode since ${diff.ref} (${files}): every finding shown, because ${diff.unfilteredBecause}`;
  return `diff-filtered: only findings whose flow touches lines changed since ${diff.ref} (${files})`;
}

export function shardText(result: Pick<ReportInput, "shard">): string | undefined {
  const shard = result.shard;
  if (!shard) return undefined;
  return `shard ${shard.index}/${shard.count}: findings located in ${shard.units.length > 0 ? shard.units.join(", ") : "no package"}`;
}
