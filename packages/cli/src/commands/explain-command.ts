import { existsSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { findConfigFile, scan, suggestIds, type Category, type Finding, type RulePack, type VdxConfig } from "@vdx/core";
import { booleanFlag, parseArgs, stringFlag, UsageError, type FlagSpecs } from "../args/parse-args.js";
import { optional } from "../args/optional.js";
import type { CliIo } from "../io.js";
import { printInputErrors } from "../print-errors.js";
import { RULE_IDS, ruleDescription, type RuleDescription } from "../rule-catalog.js";
import { ruleHelpUri } from "../project-links.js";
import { EXPLAIN_HELP } from "../help.js";
import { kindText, mechanismText, scaleText, signalLines } from "./describe-category.js";
import { loadProjectPack } from "./load-project-pack.js";

const FLAGS: FlagSpecs = {
  config: { type: "string" },
  "as-of": { type: "string" },
  help: { type: "boolean", short: "h" },
};

/** `vdx explain <rule-id|category-id|file:line>`. */
export async function explainCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, FLAGS);
  if (booleanFlag(args, "help")) {
    io.stdout.write(EXPLAIN_HELP);
    return 0;
  }
  const [target, ...extra] = args.positionals;
  if (target === undefined) throw new UsageError("explain needs a rule id, a category id or file:line");
  if (extra.length > 0) throw new UsageError(`explain takes one target, got ${args.positionals.length}`);
  const configFile = stringFlag(args, "config");

  const rule = ruleDescription(target);
  if (rule) {
    io.stdout.write(describeRule(rule));
    return 0;
  }
  const position = /^(.+?):(\d+)(?::(\d+))?$/.exec(target);
  if (position && existsSync(resolve(io.cwd, position[1]!))) {
    const file = resolve(io.cwd, position[1]!);
    return explainLine(io, file, Number(position[2]), position[3] !== undefined ? Number(position[3]) : undefined, configFile, stringFlag(args, "as-of"));
  }

  const { config, pack, errors } = loadProjectPack(io.cwd, configFile);
  if (errors.length > 0) {
    printInputErrors(io, errors);
    return 2;
  }
  const category = pack.categories.get(target);
  if (category) {
    io.stdout.write(describeCategory(category, pack, config));
    return 0;
  }
  const known = [...RULE_IDS, ...pack.categories.keys()];
  const suggestions = suggestIds(target, known);
  const hint = suggestions.length > 0 ? ` (did you mean ${suggestions.join(", ")}?)` : "";
  throw new UsageError(`"${target}" is not a rule id, a category id of rule pack ${pack.id}, or an existing file:line${hint}`);
}

function describeRule(rule: RuleDescription): string {
  return [
    `${rule.id} (default: ${rule.defaultLevel})`,
    "",
    rule.short,
    "",
    wrap(rule.full),
    "",
    "Why the law cares:",
    wrap(rule.why, "  "),
    "",
    "How to fix:",
    wrap(rule.fix, "  "),
    "",
    `Docs: ${ruleHelpUri(rule.id)}`,
    "",
  ].join("\n");
}

function describeCategory(category: Category, pack: RulePack, config: VdxConfig): string {
  const lines = [
    `${category.id}  ${category.name}  ${category.title}`,
    "",
    `kind:       ${kindText(category.kind)}`,
    `scenario:   ${category.scenario}`,
    `mechanism:  ${mechanismText(category, pack)}`,
  ];
  const scale = scaleText(category, config.organization);
  if (scale) lines.push(`scale rule: ${scale}`);
  if (category.sources.length > 0) lines.push(`sources:    ${category.sources.join("; ")}`);
  const signals = signalLines(category.id, pack);
  if (signals.length > 0) lines.push("", "Signals that suggest this category:", ...signals.map((s) => `  ${s}`));
  lines.push(
    "",
    "Why the law cares:",
    wrap(
      category.kind === "important"
        ? "Important data may leave China only after a CAC security assessment (or a recorded exemption that covers it), at any volume."
        : "Personal information of people in China may leave only under a security assessment, a standard contract or a certification, chosen by yearly volume and sensitivity.",
      "  ",
    ),
    "",
    `Annotate: /** @vdx ${category.id} */ · [(vdx.category) = "${category.id}"] · "x-vdx": "${category.id}"`,
    "",
  );
  return lines.join("\n");
}

async function explainLine(io: CliIo, file: string, line: number, column: number | undefined, configFile: string | undefined, asOf: string | undefined): Promise<number> {
  // Scan the whole project the file belongs to: flows through other files decide its findings.
  const found = configFile !== undefined ? resolve(io.cwd, configFile) : findConfigFile(dirname(file));
  const root = found !== undefined ? dirname(found) : isInside(io.cwd, file) ? io.cwd : dirname(file);
  const result = await scan({ paths: [root], cwd: io.cwd, ...optional("configFile", found), ...optional("asOf", asOf) });
  if (result.errors.length > 0) {
    printInputErrors(io, result.errors);
    return 2;
  }
  const atLine = (loc: { file: string; line: number; column: number }) => loc.file === file && loc.line === line && (column === undefined || loc.column === column);
  const show = (path: string) => relative(io.cwd, path).split(sep).join("/") || ".";
  const findings = result.findings.filter((f) => atLine(f.location));
  const fields = result.fields.filter((f) => atLine(f.location));
  const where = `${show(file)}:${line}${column !== undefined ? `:${column}` : ""}`;
  if (findings.length === 0 && fields.length === 0) {
    io.stdout.write(`no findings and no classified fields at ${where}\n`);
    return 0;
  }
  const out: string[] = [];
  for (const finding of findings) out.push(...describeFinding(finding, show), "");
  for (const field of fields) {
    const evidence = field.evidence.kind === "signal" ? `signal ${field.evidence.which}` : field.evidence.kind === "generated-from" ? `generated from ${show(field.evidence.schema)}` : "annotation";
    out.push(`${show(field.location.file)}:${field.location.line}:${field.location.column}  field ${field.path}: ${field.categories.join(", ")} (${evidence}, confidence ${field.confidence})`, "");
  }
  io.stdout.write(out.join("\n"));
  return 0;
}

function describeFinding(finding: Finding, show: (path: string) => string): string[] {
  const loc = finding.location;
  const lines = [`${show(loc.file)}:${loc.line}:${loc.column}  ${finding.level}  ${finding.ruleId}`, `  ${finding.message}`];
  if (finding.suggestions && finding.suggestions.length > 0) lines.push(`  suggested: ${finding.suggestions.join(", ")}`);
  if (finding.export) {
    const e = finding.export;
    lines.push(
      `  categories:   ${e.categories.join(", ")}`,
      `  destination:  ${e.destination} (${e.jurisdiction})`,
      `  behaviour:    ${e.behaviour}`,
      `  record:       ${e.assessment ?? "none"}`,
    );
  }
  if (finding.details && finding.details.length > 0) lines.push("  details:", ...finding.details.map((d) => `    - ${d}`));
  if (finding.flow && finding.flow.length > 0) {
    lines.push("  flow:", ...finding.flow.map((s, i) => `    ${i + 1}. ${show(s.location.file)}:${s.location.line}:${s.location.column}  ${s.message}`));
  }
  lines.push(`  docs: ${ruleHelpUri(finding.ruleId)}`);
  return lines;
}

function isInside(directory: string, file: string): boolean {
  const rel = relative(directory, file);
  return rel !== "" && !rel.startsWith("..");
}

/** Wraps prose at 88 columns for the terminal. */
function wrap(text: string, indent = ""): string {
  const lines: string[] = [];
  let current = indent;
  for (const word of text.split(/\s+/)) {
    if (current.length + word.length + 1 > 88 && current.trim() !== "") {
      lines.push(current.trimEnd());
      current = indent;
    }
    current += (current.trim() === "" ? "" : " ") + word;
  }
  if (current.trim() !== "") lines.push(current.trimEnd());
  return lines.join("\n");
}
