// Field classification on the real-world corpus (issue 10): vdx's fields against the frozen
// labels of labels/fields/*.yaml, matched by file, line and name (LABELLING.md §1).
//
//   npx tsx bench/real-world/field-accuracy.ts <corpus folder> [--split train|blind] [--mistakes] [--show-blind] [--json <file>] [--manifest dev/manifest.json]
//
// `--mistakes` lists the train split's mistakes; blind mistakes are only printed with
// `--show-blind`, which nobody tuning rules or engine may use. `--manifest` scores another
// manifest (the development set, split `dev`) against the labels beside it.
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { STRONG_SIGNAL_CONFIDENCE, type ClassifiedField } from "../../packages/core/src/index.js";
import { commandOption, corpusArgument, corpusTargets, manifestArgument, scanCorpusRepository } from "./corpus-scan.js";
import type { CorpusRepository } from "./extract.js";
import { fieldName, scoreFields, type FieldLabel, type FieldScore } from "./field-score.js";

type Split = CorpusRepository["split"];

interface LabelFile {
  repo: string;
  split: Split;
  files?: string[];
  fields?: FieldLabel[];
}

const corpus = corpusArgument("field-accuracy.ts");
const onlySplit = commandOption("--split") as Split | undefined;
const { manifest, labels: labelFolder } = manifestArgument();
const scores: Record<Split, FieldScore[]> = { train: [], blind: [], dev: [] };

for (const target of corpusTargets(corpus, onlySplit, manifest)) {
  const labels = parse(readFileSync(join(labelFolder, "fields", `${target.key}.yaml`), "utf8")) as LabelFile;
  const files = labels.files ?? [];
  if (files.length === 0) {
    console.log(`${target.entry.split.padEnd(5)} ${target.entry.repo}: no labelled file`);
    continue;
  }
  const started = performance.now();
  const result = await scanCorpusRepository(target, files, labelFolder);
  const classified = result.fields
    .filter((field) => isClassified(field))
    .map((field) => ({
      file: relative(target.folder, field.location.file).split("\\").join("/"),
      line: field.location.line,
      name: fieldName(field.path),
      path: field.path,
      categories: field.categories,
    }));
  const unique = [...new Map(classified.map((field) => [`${field.file}:${field.line}:${field.name}`, field])).values()];
  const score = scoreFields(target.entry.repo, labels.fields ?? [], new Set(files), unique);
  scores[target.entry.split].push(score);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${target.entry.split.padEnd(5)} ${target.entry.repo}: ${score.labelled} labels, tp ${score.tp} fp ${score.fp} fn ${score.fn} (${seconds} s, ${result.errors.length} errors)`,
  );
}

const figures: Record<string, unknown> = {};
for (const split of ["train", "blind", "dev"] as const) {
  if (scores[split].length === 0) continue;
  figures[split] = printSplit(split, scores[split]);
}
const jsonOut = commandOption("--json");
if (jsonOut !== undefined) writeFileSync(jsonOut, JSON.stringify(figures, null, 2) + "\n");

function isClassified(field: ClassifiedField): boolean {
  if (field.categories.length === 0 || field.categories.includes("none")) return false;
  return field.evidence.kind !== "signal" || field.confidence >= STRONG_SIGNAL_CONFIDENCE;
}

function printSplit(split: Split, repoScores: FieldScore[]): unknown {
  const byFamily = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const score of repoScores) {
    for (const [family, tally] of score.byFamily) {
      const total = byFamily.get(family) ?? { tp: 0, fp: 0, fn: 0 };
      byFamily.set(family, { tp: total.tp + tally.tp, fp: total.fp + tally.fp, fn: total.fn + tally.fn });
    }
  }
  const ratio = (a: number, b: number): string => (b === 0 ? "  –  " : (a / b).toFixed(3));
  const sum = (key: "tp" | "fp" | "fn" | "labelled" | "negatives" | "tricky"): number => repoScores.reduce((n, s) => n + s[key], 0);
  console.log(`\n## ${split}: ${sum("labelled")} labelled fields (${sum("negatives")} negatives, ${sum("tricky")} tricky)\n`);
  console.log("| family | TP | FP | FN | precision | recall |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const [family, t] of [...byFamily].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`| ${family} | ${t.tp} | ${t.fp} | ${t.fn} | ${ratio(t.tp, t.tp + t.fp)} | ${ratio(t.tp, t.tp + t.fn)} |`);
  }
  const [tp, fp, fn] = [sum("tp"), sum("fp"), sum("fn")];
  console.log(`| **overall** | ${tp} | ${fp} | ${fn} | ${ratio(tp, tp + fp)} | ${ratio(tp, tp + fn)} |`);
  const negatives = sum("negatives");
  const falseNegativeHits = repoScores.reduce((n, s) => n + s.negativeHits, 0);
  console.log(`\nnegatives tagged: ${falseNegativeHits} of ${negatives} (${((100 * falseNegativeHits) / Math.max(1, negatives)).toFixed(1)} %)`);
  const show = process.argv.includes("--mistakes") && (split !== "blind" || process.argv.includes("--show-blind"));
  if (show) for (const score of repoScores) for (const mistake of score.mistakes) console.log(`  ${score.repo} ${mistake}`);
  return { tp, fp, fn, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), byFamily: Object.fromEntries(byFamily) };
}
