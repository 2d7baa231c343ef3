import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { scan } from "../../../packages/core/src/index.js";
import type { Finding } from "../../../packages/core/src/index.js";

export const CORPUS = fileURLToPath(new URL("./corpus/", import.meta.url));

/** The behaviours this corpus measures; push findings of the same scan are the flow corpus's business. */
const BEHAVIOURS = new Set(["remote-access", "processing-abroad"]);

export interface Label {
  file: string;
  line: number;
  rule: string;
  behaviour: string;
}

export interface Measurement {
  expected: number;
  negatives: number;
  truePositives: Label[];
  falsePositives: Finding[];
  falseNegatives: Label[];
  precision: number;
  recall: number;
  byBehaviour: Record<string, { tp: number; fp: number; fn: number }>;
}

/**
 * Labels are comments on the line a finding must be reported at:
 * `// expect: <rule-id> behaviour=<behaviour>`; `// negative: <why>` marks a
 * case that must yield no finding (any unlabelled finding is a false positive).
 * The same format as the flow corpus (`// expect: <rule> …` on the sink line).
 */
export function readLabels(root: string = CORPUS): { labels: Label[]; negatives: number } {
  const labels: Label[] = [];
  let negatives = 0;
  for (const file of sourceFiles(root)) {
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((text, index) => {
        for (const match of text.matchAll(/\/\/ expect: ([a-z-]+) behaviour=([a-z-]+)/g)) {
          labels.push({ file: relative(root, file), line: index + 1, rule: match[1]!, behaviour: match[2]! });
        }
        if (/\/\/ negative[: (]/.test(text)) negatives++;
      });
  }
  return { labels, negatives };
}

export async function measureRemoteAccuracy(root: string = CORPUS): Promise<Measurement> {
  const { labels, negatives } = readLabels(root);
  const result = await scan({ paths: [root], cwd: root, asOf: "2026-06-01" });
  if (result.errors.length > 0) throw new Error(`corpus has input errors: ${result.errors.map((e) => e.message).join("; ")}`);
  const findings = result.findings.filter((f) => f.export && BEHAVIOURS.has(f.export.behaviour));
  const unmatched = [...findings];
  const truePositives: Label[] = [];
  const falseNegatives: Label[] = [];
  for (const label of labels) {
    const index = unmatched.findIndex(
      (f) =>
        relative(root, f.location.file) === label.file && f.location.line === label.line && f.ruleId === label.rule && f.export?.behaviour === label.behaviour,
    );
    if (index >= 0) {
      truePositives.push(label);
      unmatched.splice(index, 1);
    } else falseNegatives.push(label);
  }
  const byBehaviour: Measurement["byBehaviour"] = {};
  const bucket = (b: string) => (byBehaviour[b] ??= { tp: 0, fp: 0, fn: 0 });
  for (const l of truePositives) bucket(l.behaviour).tp++;
  for (const l of falseNegatives) bucket(l.behaviour).fn++;
  for (const f of unmatched) bucket(f.export!.behaviour).fp++;
  const tp = truePositives.length;
  return {
    expected: labels.length,
    negatives,
    truePositives,
    falsePositives: unmatched,
    falseNegatives,
    precision: tp + unmatched.length === 0 ? 1 : tp / (tp + unmatched.length),
    recall: labels.length === 0 ? 1 : tp / labels.length,
    byBehaviour,
  };
}

/** TypeScript files under `dir`, recursively, in a stable order. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.[cm]?tsx?$/.test(name)) out.push(path);
  }
  return out;
}
