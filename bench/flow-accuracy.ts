/**
 * Flow-analysis accuracy on the labelled corpus (test/accuracy/flow): prints
 * precision and recall of export findings, per project and overall, and every
 * miss. Run: `npx tsx bench/flow-accuracy.ts` (or through vitest: test/accuracy/flow).
 */
import { runFlowCorpus } from "../test/accuracy/flow/corpus.js";

const report = await runFlowCorpus();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`flow accuracy corpus: ${report.positives} labelled export findings, ${report.negatives} labelled negatives`);
for (const [project, s] of Object.entries(report.byProject)) console.log(`  ${project.padEnd(22)} tp ${s.tp}  fp ${s.fp}  fn ${s.fn}`);
console.log(
  `precision ${pct(report.precision)}  recall ${pct(report.recall)}  (tp ${report.truePositives}, fp ${report.falsePositives}, fn ${report.falseNegatives})`,
);
for (const o of report.outcomes.filter((x) => x.kind === "fp" || x.kind === "fn")) {
  const where = o.label ? `${o.label.project}/${o.label.file}:${o.label.line}` : `${o.finding!.file}:${o.finding!.line}`;
  const expected = o.label ? (o.label.rule ? `${o.label.rule} ${o.label.categories.join(" ")}` : "none") : "unlabelled";
  console.log(
    `  ${o.kind.toUpperCase()} ${where}: expected ${expected}; got ${o.finding ? `${o.finding.rule} ${o.finding.categories.join(" ")} — ${o.finding.message}` : "nothing"}`,
  );
}
