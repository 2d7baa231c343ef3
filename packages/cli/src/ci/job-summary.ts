import { relative, resolve, sep } from "node:path";
import { plural } from "../reporters/summary.js";
import { diffFilterText } from "../reporters/text.js";

/** The parts of `vdx scan --format json` the job summary and the annotations read. */
export interface JsonReport {
  root: string;
  findings: { ruleId: string; level: "error" | "warn"; message: string; file: string; line: number; column?: number; endLine?: number }[];
  summary?: { baselined?: number; staleBaseline?: number };
  diffFilter?: { ref: string; changedFiles: number; unfilteredBecause?: string };
}

export interface GateOutcome {
  exitCode: number;
  failOn: string;
  report?: JsonReport;
  /** The inventory document in Markdown, when it could be produced. */
  inventory?: string;
}

/** Where the inventory stops being a summary: the per-field tables are for the full document. */
const FIELD_TABLES = "\n### Classified fields by category";
/** GitHub refuses a step summary over 1 MiB; stay well below it. */
const MAX_SUMMARY_CHARS = 512 * 1024;

/**
 * The job summary: the gate's verdict, the findings by level and rule, the scan's scope (PR mode or
 * full), then the inventory up to its per-field tables — status counts, the Mermaid map, categories
 * and recipients, which GitHub renders on the run's page.
 */
export function jobSummary(outcome: GateOutcome): string {
  const lines: string[] = [];
  const findings = outcome.report?.findings ?? [];
  const verdict =
    outcome.exitCode === 0
      ? "✅ passed"
      : outcome.exitCode === 1
        ? `❌ failed: findings at or above \`${outcome.failOn}\``
        : "⚠️ could not run (config, registry or usage error: see the log)";
  lines.push(`## vdx gate ${verdict}`, "");
  if (outcome.report) {
    const scope = diffFilterText(outcome.report) ?? "full scan";
    const { baselined, staleBaseline } = outcome.report.summary ?? {};
    const baseline = [
      ...(baselined ? [`${plural(baselined, "finding")} in the baseline not shown`] : []),
      ...(staleBaseline ? [`${plural(staleBaseline, "baseline entry", "baseline entries")} no finding matches any more`] : []),
    ];
    lines.push([plural(findings.length, "finding"), scope, ...baseline].join(" · "), "");
    if (findings.length > 0) {
      lines.push("| rule | level | findings |", "| --- | --- | ---: |");
      const counts = new Map<string, number>();
      for (const f of findings) counts.set(`${f.ruleId}\0${f.level}`, (counts.get(`${f.ruleId}\0${f.level}`) ?? 0) + 1);
      for (const [key, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const [rule, level] = key.split("\0");
        lines.push(`| \`${rule}\` | ${level} | ${count} |`);
      }
      lines.push("");
    }
  }
  if (outcome.inventory) {
    const cut = outcome.inventory.indexOf(FIELD_TABLES);
    let inventory = cut >= 0 ? outcome.inventory.slice(0, cut) : outcome.inventory;
    if (inventory.length > MAX_SUMMARY_CHARS) inventory = `${inventory.slice(0, inventory.lastIndexOf("\n", MAX_SUMMARY_CHARS))}\n\n…`;
    lines.push(inventory.trimEnd(), "");
    if (cut >= 0) lines.push("_The classified fields are listed in the full inventory (`vdx inventory --format markdown`)._", "");
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Workflow commands that annotate each finding at its line in the pull request's diff, for when the
 * SARIF is not uploaded to code scanning (which annotates by itself). Paths are made relative to the
 * workspace, as GitHub expects.
 */
export function annotations(report: JsonReport, workspace: string): string {
  const kind = { error: "error", warn: "warning" } as const;
  return report.findings
    .map((f) => {
      const file = relative(workspace, resolve(report.root, f.file)).split(sep).join("/");
      const properties = [
        `file=${file}`,
        `line=${f.line}`,
        ...(f.endLine ? [`endLine=${f.endLine}`] : []),
        ...(f.column ? [`col=${f.column}`] : []),
        `title=vdx ${f.ruleId}`,
      ];
      return `::${kind[f.level]} ${properties.map(escapeProperty).join(",")}::${escapeData(f.message)}\n`;
    })
    .join("");
}

// Escaping rules of GitHub's workflow commands (toolkit's command.ts): data and property values differ.
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(property: string): string {
  const eq = property.indexOf("=");
  return `${property.slice(0, eq)}=${escapeData(property.slice(eq + 1))
    .replace(/:/g, "%3A")
    .replace(/,/g, "%2C")}`;
}
