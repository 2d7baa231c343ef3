// Precision and recall of schema classification on the labelled corpus, per
// category family and overall. Run: npx tsx bench/schema-accuracy.ts [--holdout | --holdout2 | --holdout3] [--mistakes]
import { testPack } from "../test/schema/helpers/test-pack.js";
import { evaluateAccuracy, FAMILIES, precision, recall, type Score } from "../test/accuracy/schema/evaluate-accuracy.js";

const corpus = (["holdout3", "holdout2", "holdout"] as const).find((name) => process.argv.includes(`--${name}`)) ?? "corpus";
const report = evaluateAccuracy(testPack(), corpus);
const row = (name: string, score: Score): string =>
  `| ${name.padEnd(12)} | ${String(score.truePositives).padStart(3)} | ${String(score.falsePositives).padStart(3)} | ${String(score.falseNegatives).padStart(3)} | ${precision(score).toFixed(3)} | ${recall(score).toFixed(3)} |`;

console.log(`${corpus}: labelled fields: ${report.fields} (${report.negatives} deliberate negatives, ${report.skipped} containers skipped)\n`);
console.log("| family       |  TP |  FP |  FN | precision | recall |");
console.log("|--------------|-----|-----|-----|-----------|--------|");
for (const family of FAMILIES) console.log(row(family, report.byFamily.get(family)!));
console.log(row("overall", report.overall));
if (process.argv.includes("--mistakes") || report.mistakes.length <= 40) {
  console.log("\n" + (report.mistakes.length === 0 ? "no mistakes" : report.mistakes.join("\n")));
}
