/**
 * Accuracy of vdx on the realistic monorepo of bench/monorepo (issue 11, item 10), whose labels were
 * frozen before vdx ever ran on it (bench/monorepo/README.md). Scans the folder with the built CLI
 * (`--as-of 2026-07-01`, JSON report), matches export findings to labels by file + line + rule
 * (a label's `alternatives` lines count too; behaviour breaks ties), and prints precision and recall
 * for push and for remote access (remote access + processing abroad) separately, with and without
 * the stretch labels, then category and behaviour mismatches, every miss (with the nearest finding in
 * that file, to show location conventions) and every false positive.
 * Run after `npx -y pnpm@10 build`: `npx tsx bench/monorepo-accuracy.ts [--json out.json]`
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const projectRoot = join(repoRoot, "bench/monorepo");
const cliBin = join(repoRoot, "packages/cli/dist/bin.js");
const EXPORT_RULES = new Set(["unassessed-export", "inadequate-assessment", "vehicle-direct-export", "unresolved-destination"]);

type Behaviour = "push" | "remote-access" | "processing-abroad";
type Group = "push" | "remote";

interface Location {
  file: string;
  line: number;
}
interface Label extends Location {
  code: string;
  rule: string;
  behaviour: Behaviour;
  categories: string[];
  why: string;
  stretch?: string;
  alternatives?: (Location & { why: string })[];
}
interface Negative extends Location {
  code: string;
  why: string;
}
interface LabelFile {
  asOf: string;
  expected: Label[];
  negatives: Negative[];
}

interface CliFinding {
  ruleId: string;
  level: string;
  message: string;
  file: string;
  line: number;
  export?: { categories: string[]; destination: string; jurisdiction: string; behaviour: Behaviour; assessment?: string };
}
interface CliReport {
  findings: CliFinding[];
  errors: unknown[];
  summary: { byRule: Record<string, number>; filesScanned: number };
}

/** Findings of one rule and behaviour at one line, merged: vdx may report one flow per destination. */
interface FindingGroup extends Location {
  rule: string;
  behaviour: Behaviour;
  categories: string[];
  destinations: string[];
  jurisdictions: string[];
  messages: string[];
  count: number;
}

interface Match {
  label: Label;
  finding: FindingGroup;
  via: "primary" | "alternative";
}

const groupOf = (behaviour: Behaviour): Group => (behaviour === "push" ? "push" : "remote");
const where = (l: Location) => `${l.file}:${l.line}`;
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

function runScan(asOf: string): CliReport {
  const stdout = execFileSync(process.execPath, [cliBin, "scan", ".", "--as-of", asOf, "--format", "json", "--fail-on", "never"], {
    cwd: projectRoot,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(stdout) as CliReport;
}

function groupFindings(findings: CliFinding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    if (!EXPORT_RULES.has(f.ruleId) || !f.export) continue;
    const key = `${f.file}:${f.line}|${f.ruleId}|${f.export.behaviour}`;
    const group = groups.get(key) ?? {
      file: f.file,
      line: f.line,
      rule: f.ruleId,
      behaviour: f.export.behaviour,
      categories: [],
      destinations: [],
      jurisdictions: [],
      messages: [],
      count: 0,
    };
    group.count += 1;
    for (const c of f.export.categories) if (!group.categories.includes(c)) group.categories.push(c);
    if (!group.destinations.includes(f.export.destination)) group.destinations.push(f.export.destination);
    if (!group.jurisdictions.includes(f.export.jurisdiction)) group.jurisdictions.push(f.export.jurisdiction);
    group.messages.push(f.message);
    groups.set(key, group);
  }
  for (const g of groups.values()) g.categories.sort();
  return [...groups.values()];
}

/**
 * Greedy matching in passes from the most to the least exact: primary line with the same behaviour,
 * an alternative line with the same behaviour, then either line with another behaviour. Each finding
 * group and each label is used at most once.
 */
function match(labels: Label[], findings: FindingGroup[]): { matches: Match[]; misses: Label[]; falsePositives: FindingGroup[] } {
  const used = new Set<FindingGroup>();
  const matched = new Map<Label, Match>();
  const passes: { via: Match["via"]; sameBehaviour: boolean }[] = [
    { via: "primary", sameBehaviour: true },
    { via: "alternative", sameBehaviour: true },
    { via: "primary", sameBehaviour: false },
    { via: "alternative", sameBehaviour: false },
  ];
  for (const pass of passes) {
    for (const label of labels) {
      if (matched.has(label)) continue;
      const places = pass.via === "primary" ? [label] : (label.alternatives ?? []);
      const hit = findings.find(
        (f) =>
          !used.has(f) &&
          f.rule === label.rule &&
          (!pass.sameBehaviour || f.behaviour === label.behaviour) &&
          places.some((p) => p.file === f.file && p.line === f.line),
      );
      if (hit) {
        used.add(hit);
        matched.set(label, { label, finding: hit, via: pass.via });
      }
    }
  }
  return {
    matches: [...matched.values()],
    misses: labels.filter((l) => !matched.has(l)),
    falsePositives: findings.filter((f) => !used.has(f)),
  };
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const fmt = (t: Tally) =>
  `precision ${ratio(t.tp, t.tp + t.fp).toFixed(3)}  recall ${ratio(t.tp, t.tp + t.fn).toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;

function tally(result: ReturnType<typeof match>, select: (b: Behaviour) => boolean): Tally {
  return {
    tp: result.matches.filter((m) => select(m.label.behaviour)).length,
    fp: result.falsePositives.filter((f) => select(f.behaviour)).length,
    fn: result.misses.filter((l) => select(l.behaviour)).length,
  };
}

function printFigures(title: string, result: ReturnType<typeof match>): void {
  console.log(`\n${title}`);
  console.log(`  all                ${fmt(tally(result, () => true))}`);
  console.log(`  push               ${fmt(tally(result, (b) => groupOf(b) === "push"))}`);
  console.log(`  remote (RA + PA)   ${fmt(tally(result, (b) => groupOf(b) === "remote"))}`);
  console.log(`    remote-access    ${fmt(tally(result, (b) => b === "remote-access"))}`);
  console.log(`    processing-abroad ${fmt(tally(result, (b) => b === "processing-abroad"))}`);
}

const describe = (f: FindingGroup) =>
  `${f.rule} ${f.behaviour} [${f.categories.join(" ")}] → ${f.destinations.join(" | ")} (${f.jurisdictions.join("/")})${f.count > 1 ? ` ×${f.count}` : ""}`;

// ---------------------------------------------------------------------------------------------
const labels = parse(readFileSync(join(projectRoot, "labels.yaml"), "utf8")) as LabelFile;
const report = runScan(labels.asOf);
const findings = groupFindings(report.findings);
const otherRules = Object.entries(report.summary.byRule).filter(([rule, n]) => !EXPORT_RULES.has(rule) && n > 0);

console.log(
  `bench/monorepo: ${report.summary.filesScanned} files scanned, ${labels.expected.length} expected findings ` +
    `(${labels.expected.filter((l) => l.stretch).length} stretch), ${labels.negatives.length} negative send sites; ` +
    `${report.findings.filter((f) => EXPORT_RULES.has(f.ruleId)).length} export findings in ${findings.length} file:line:rule:behaviour groups`,
);
console.log(`other findings: ${otherRules.map(([r, n]) => `${r} ${n}`).join(", ") || "none"}; errors: ${report.errors.length}`);

const all = match(labels.expected, findings);
printFigures("by file + line + rule (categories reported separately), stretch included", all);

const stretchPlaces = labels.expected.filter((l) => l.stretch).flatMap((l) => [l, ...(l.alternatives ?? [])]);
const noStretch = match(
  labels.expected.filter((l) => !l.stretch),
  findings.filter((f) => !stretchPlaces.some((p) => p.file === f.file && p.line === f.line)),
);
printFigures("without stretch labels (findings at their lines ignored)", noStretch);

// The same labels matched on location alone (any export rule): how many flows vdx saw at the right
// line but judged differently (mostly a destination it could not place).
const anyRule = match(
  labels.expected.map((l) => ({ ...l, rule: "*" })),
  findings.map((f) => ({ ...f, rule: "*" })),
);
printFigures("by file + line only (any export rule; shows flows found but judged differently)", anyRule);

const categoryMismatches = all.matches.filter((m) => !sameSet(m.finding.categories, m.label.categories));
console.log(`\ncategory mismatches on matched findings: ${categoryMismatches.length} of ${all.matches.length}`);
for (const { label, finding } of categoryMismatches) {
  const missing = label.categories.filter((c) => !finding.categories.includes(c));
  const extra = finding.categories.filter((c) => !label.categories.includes(c));
  console.log(`  ${where(label)} ${label.rule} ${label.behaviour}: missing [${missing.join(" ")}] extra [${extra.join(" ")}]`);
}
const behaviourMismatches = all.matches.filter((m) => m.finding.behaviour !== m.label.behaviour);
if (behaviourMismatches.length > 0) {
  console.log(`\nbehaviour mismatches: ${behaviourMismatches.length}`);
  for (const { label, finding } of behaviourMismatches) console.log(`  ${where(label)}: expected ${label.behaviour}, got ${finding.behaviour}`);
}
const viaAlternative = all.matches.filter((m) => m.via === "alternative");
if (viaAlternative.length > 0) {
  console.log(`\nmatched on an alternative line: ${viaAlternative.length}`);
  for (const { label, finding } of viaAlternative) console.log(`  ${where(label)} → reported at ${where(finding)}`);
}

console.log(`\nmisses (${all.misses.length}):`);
for (const label of all.misses) {
  const sameFile = findings.filter((f) => f.file === label.file);
  const nearest = sameFile.sort((a, b) => Math.abs(a.line - label.line) - Math.abs(b.line - label.line))[0];
  const near = nearest ? `nearest in file: line ${nearest.line} ${describe(nearest)}` : "no export finding in this file";
  console.log(
    `  FN ${where(label)}${label.stretch ? " (stretch)" : ""} expected ${label.rule} ${label.behaviour} [${label.categories.join(" ")}]\n` +
      `       ${label.code}\n       ${near}`,
  );
}

console.log(`\nfalse positives (${all.falsePositives.length}):`);
for (const f of all.falsePositives) {
  const negative = labels.negatives.find((n) => n.file === f.file && n.line === f.line);
  const labelled = labels.expected.find((l) => [l, ...(l.alternatives ?? [])].some((p) => p.file === f.file && p.line === f.line));
  const on = negative ? `negative: ${negative.why}` : labelled ? `labelled line (expected ${labelled.rule} ${labelled.behaviour})` : "unlabelled line";
  console.log(`  FP ${where(f)} ${describe(f)}\n       ${on}\n       ${f.messages[0]}`);
}
const quietNegatives = labels.negatives.filter((n) => !findings.some((f) => f.file === n.file && f.line === n.line)).length;
console.log(`\nnegative send sites quiet: ${quietNegatives} of ${labels.negatives.length}`);

const jsonOutPath = process.argv[process.argv.indexOf("--json") + 1];
if (process.argv.includes("--json") && jsonOutPath) {
  writeFileSync(
    jsonOutPath,
    JSON.stringify(
      { push: tally(all, (b) => b === "push"), remote: tally(all, (b) => b !== "push"), misses: all.misses, falsePositives: all.falsePositives },
      null,
      2,
    ),
  );
}
