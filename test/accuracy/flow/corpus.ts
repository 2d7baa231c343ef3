import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { scan, type Finding } from "@vdx/core";

/** The corpus projects live beside this file, one folder each with its config and registry. */
const CORPUS_DIR = fileURLToPath(new URL(".", import.meta.url));
export const CORPUS_AS_OF = "2026-06-01";
const EXPORT_RULES = new Set(["unassessed-export", "inadequate-assessment", "vehicle-direct-export", "unresolved-destination"]);

/** One labelled line: `// expect: <rule> <category>…` or `// expect-none`. */
interface Label {
  project: string;
  file: string;
  line: number;
  rule?: string;
  categories: string[];
}

interface Outcome {
  label?: Label;
  finding?: { file: string; line: number; rule: string; categories: string[]; message: string };
  kind: "tp" | "fp" | "fn" | "tn";
}

export interface CorpusReport {
  positives: number;
  negatives: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  outcomes: Outcome[];
  byProject: Record<string, { tp: number; fp: number; fn: number }>;
}

const LABEL = /\/\/.*?\bexpect(?:-(none)|:\s*([a-z-]+)((?:\s+[a-z][\w.-]*)*))/;

function readLabels(project: string, dir: string = CORPUS_DIR): Label[] {
  const labels: Label[] = [];
  const root = join(dir, project);
  for (const file of walk(join(root, "src"))) {
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((text, index) => {
        const match = LABEL.exec(text);
        if (!match) return;
        const rel = relative(root, file);
        if (match[1] === "none") labels.push({ project, file: rel, line: index + 1, categories: [] });
        else labels.push({ project, file: rel, line: index + 1, rule: match[2]!, categories: (match[3] ?? "").trim().split(/\s+/).filter(Boolean).sort() });
      });
  }
  return labels;
}

function corpusProjects(dir: string = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort();
}

/**
 * Scans every corpus project with the real pipeline (config, pack, registry,
 * schema and flow analysers) and compares export findings with the labels.
 * A finding matches a positive label on the same line when rule and categories
 * agree; any other export finding is a false positive. `dir` holds the projects (default: this corpus).
 */
export async function runFlowCorpus(dir: string = CORPUS_DIR): Promise<CorpusReport> {
  const outcomes: Outcome[] = [];
  const byProject: CorpusReport["byProject"] = {};
  let positives = 0;
  let negatives = 0;
  for (const project of corpusProjects(dir)) {
    const root = join(dir, project);
    const labels = readLabels(project, dir);
    positives += labels.filter((l) => l.rule).length;
    negatives += labels.filter((l) => !l.rule).length;
    const result = await scan({ paths: [root], cwd: root, asOf: CORPUS_AS_OF });
    if (result.errors.length > 0) throw new Error(`${project}: ${result.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join("; ")}`);
    const findings = result.findings.filter((f) => EXPORT_RULES.has(f.ruleId)).map((f) => toFinding(root, f));
    const stats = (byProject[project] = { tp: 0, fp: 0, fn: 0 });
    const matched = new Set<number>();
    for (const label of labels) {
      const index = findings.findIndex(
        (f, i) =>
          !matched.has(i) && f.file === label.file && f.line === label.line && f.rule === label.rule && f.categories.join(" ") === label.categories.join(" "),
      );
      if (label.rule && index >= 0) {
        matched.add(index);
        outcomes.push({ label, finding: findings[index]!, kind: "tp" });
        stats.tp++;
      } else if (label.rule) {
        outcomes.push({ label, kind: "fn" });
        stats.fn++;
      }
    }
    findings.forEach((finding, i) => {
      if (matched.has(i)) return;
      const label = labels.find((l) => l.file === finding.file && l.line === finding.line);
      outcomes.push({ ...(label ? { label } : {}), finding, kind: "fp" });
      stats.fp++;
    });
    for (const label of labels) {
      if (!label.rule && !findings.some((f) => f.file === label.file && f.line === label.line)) outcomes.push({ label, kind: "tn" });
    }
  }
  const tp = outcomes.filter((o) => o.kind === "tp").length;
  const fp = outcomes.filter((o) => o.kind === "fp").length;
  const fn = outcomes.filter((o) => o.kind === "fn").length;
  return {
    positives,
    negatives,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    outcomes,
    byProject,
  };
}

function toFinding(root: string, finding: Finding): NonNullable<Outcome["finding"]> {
  return {
    file: relative(root, finding.location.file),
    line: finding.location.line,
    rule: finding.ruleId,
    categories: [...(finding.export?.categories ?? [])].sort(),
    message: finding.message,
  };
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(name)) yield path;
  }
}
