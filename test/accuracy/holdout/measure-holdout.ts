import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { scan, type Finding } from "@vdx/core";
import { CORPUS_AS_OF } from "../flow/corpus.js";
import { readLabels as readBehaviourLabels, sourceFiles } from "../remote/measure.js";

/**
 * Measures the held-out corpus (README.md beside this file). Labels use the remote corpus's
 * `// expect: <rule> behaviour=<b>` form, read by its own reader, followed by the flow corpus's
 * category list and an optional `(stretch …)` tag; `// negative: …` lines must stay quiet.
 */
const HOLDOUT_DIR = fileURLToPath(new URL(".", import.meta.url));
const EXPORT_RULES = new Set(["unassessed-export", "inadequate-assessment", "vehicle-direct-export", "unresolved-destination"]);

interface HoldoutLabel {
  project: string;
  file: string;
  line: number;
  rule: string;
  behaviour: string;
  categories: string[];
  stretch: boolean;
}

interface HoldoutFinding {
  project: string;
  file: string;
  line: number;
  rule: string;
  behaviour: string;
  categories: string[];
  destination: string;
  message: string;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

/** One way of counting: categories required or not, stretch lines in or out. */
export interface ModeResult {
  overall: Tally;
  byBehaviour: Record<string, Tally>;
  byRule: Record<string, Tally>;
  misses: HoldoutLabel[];
  falsePositives: HoldoutFinding[];
}

export interface HoldoutReport {
  labels: HoldoutLabel[];
  negatives: number;
  negativesQuiet: number;
  findings: HoldoutFinding[];
  /** `strict`: rule, behaviour and categories must agree; `location`: rule and behaviour at the line. */
  modes: Record<"strict" | "strictNoStretch" | "location" | "locationNoStretch", ModeResult>;
  /** Text of each labelled or negative line, keyed `project/file:line`, to explain misses. */
  lineText: Map<string, string>;
}

function holdoutProjects(): string[] {
  return readdirSync(HOLDOUT_DIR)
    .filter((name) => statSync(join(HOLDOUT_DIR, name)).isDirectory())
    .sort();
}

const STRETCH = /\(stretch\b/;
const CATEGORY_TAIL = /\/\/ expect: [a-z-]+ behaviour=[a-z-]+((?:\s+[a-z][\w.-]*)*)/;

function readHoldoutLabels(project: string): { labels: HoldoutLabel[]; negativeLines: string[]; lineText: Map<string, string> } {
  const root = join(HOLDOUT_DIR, project);
  const lineText = new Map<string, string>();
  const lineOf = (file: string, line: number): string => readFileSync(join(root, file), "utf8").split("\n")[line - 1] ?? "";
  const labels = readBehaviourLabels(root).labels.map((label): HoldoutLabel => {
    const text = lineOf(label.file, label.line);
    lineText.set(`${project}/${label.file}:${label.line}`, text.trim());
    const categories = (CATEGORY_TAIL.exec(text)?.[1] ?? "").trim().split(/\s+/).filter(Boolean).sort();
    return { project, file: label.file, line: label.line, rule: label.rule, behaviour: label.behaviour, categories, stretch: STRETCH.test(text) };
  });
  const negativeLines: string[] = [];
  for (const file of sourceFiles(root)) {
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((text, index) => {
        if (!/\/\/ negative[: (]/.test(text)) return;
        const key = `${project}/${relative(root, file)}:${index + 1}`;
        negativeLines.push(key);
        lineText.set(key, text.trim());
      });
  }
  return { labels, negativeLines, lineText };
}

/** Scans every project with the real pipeline and scores the export findings against the labels. */
export async function measureHoldout(): Promise<HoldoutReport> {
  const labels: HoldoutLabel[] = [];
  const findings: HoldoutFinding[] = [];
  const negativeLines: string[] = [];
  const lineText = new Map<string, string>();
  for (const project of holdoutProjects()) {
    const root = join(HOLDOUT_DIR, project);
    const read = readHoldoutLabels(project);
    labels.push(...read.labels);
    negativeLines.push(...read.negativeLines);
    for (const [k, v] of read.lineText) lineText.set(k, v);
    const result = await scan({ paths: [root], cwd: root, asOf: CORPUS_AS_OF });
    if (result.errors.length > 0) throw new Error(`${project}: ${result.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join("; ")}`);
    for (const f of result.findings) if (EXPORT_RULES.has(f.ruleId)) findings.push(toFinding(project, root, f));
  }
  const stretchLines = new Set(labels.filter((l) => l.stretch).map(key));
  const quiet = negativeLines.filter((k) => !findings.some((f) => key(f) === k)).length;
  return {
    labels,
    negatives: negativeLines.length,
    negativesQuiet: quiet,
    findings,
    lineText,
    modes: {
      strict: score(labels, findings, true),
      strictNoStretch: score(
        labels.filter((l) => !l.stretch),
        findings.filter((f) => !stretchLines.has(key(f))),
        true,
      ),
      location: score(labels, findings, false),
      locationNoStretch: score(
        labels.filter((l) => !l.stretch),
        findings.filter((f) => !stretchLines.has(key(f))),
        false,
      ),
    },
  };
}

function score(labels: HoldoutLabel[], findings: HoldoutFinding[], withCategories: boolean): ModeResult {
  const matched = new Set<number>();
  const misses: HoldoutLabel[] = [];
  const byBehaviour: Record<string, { tp: number; fp: number; fn: number }> = {};
  const byRule: Record<string, { tp: number; fp: number; fn: number }> = {};
  const bump = (rule: string, behaviour: string, field: "tp" | "fp" | "fn") => {
    (byBehaviour[behaviour] ??= { tp: 0, fp: 0, fn: 0 })[field]++;
    (byRule[rule] ??= { tp: 0, fp: 0, fn: 0 })[field]++;
  };
  for (const label of labels) {
    const index = findings.findIndex(
      (f, i) =>
        !matched.has(i) &&
        key(f) === key(label) &&
        f.rule === label.rule &&
        f.behaviour === label.behaviour &&
        (!withCategories || f.categories.join(" ") === label.categories.join(" ")),
    );
    if (index >= 0) {
      matched.add(index);
      bump(label.rule, label.behaviour, "tp");
    } else {
      misses.push(label);
      bump(label.rule, label.behaviour, "fn");
    }
  }
  const falsePositives = findings.filter((_, i) => !matched.has(i));
  for (const f of falsePositives) bump(f.rule, f.behaviour, "fp");
  const tp = labels.length - misses.length;
  return {
    overall: tally({ tp, fp: falsePositives.length, fn: misses.length }),
    byBehaviour: Object.fromEntries(
      Object.entries(byBehaviour)
        .sort()
        .map(([k, v]) => [k, tally(v)]),
    ),
    byRule: Object.fromEntries(
      Object.entries(byRule)
        .sort()
        .map(([k, v]) => [k, tally(v)]),
    ),
    misses,
    falsePositives,
  };
}

function tally(c: { tp: number; fp: number; fn: number }): Tally {
  return { ...c, precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp), recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn) };
}

function key(x: { project: string; file: string; line: number }): string {
  return `${x.project}/${x.file}:${x.line}`;
}

export { key as labelKey };

function toFinding(project: string, root: string, f: Finding): HoldoutFinding {
  return {
    project,
    file: relative(root, f.location.file),
    line: f.location.line,
    rule: f.ruleId,
    behaviour: f.export?.behaviour ?? "push",
    categories: [...(f.export?.categories ?? [])].sort(),
    destination: f.export?.destination ?? "",
    message: f.message,
  };
}
