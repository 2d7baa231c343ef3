// Prints precision and recall of remote-access and processing-abroad findings on the labelled corpus.
// Run: npx tsx test/accuracy/remote/benchmark.ts
import { relative } from "node:path";
import { CORPUS, measureRemoteAccuracy } from "./measure.js";

const started = performance.now();
const m = await measureRemoteAccuracy();
const ms = Math.round(performance.now() - started);
console.log(`remote-access corpus: ${m.expected} labelled findings, ${m.negatives} negative cases (${ms} ms)`);
for (const [behaviour, c] of Object.entries(m.byBehaviour).sort()) {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  console.log(`  ${behaviour.padEnd(18)} tp ${c.tp}  fp ${c.fp}  fn ${c.fn}  precision ${p.toFixed(3)}  recall ${r.toFixed(3)}`);
}
console.log(`  ${"all".padEnd(18)} precision ${m.precision.toFixed(3)}  recall ${m.recall.toFixed(3)}`);
for (const f of m.falsePositives) console.log(`  FP ${relative(CORPUS, f.location.file)}:${f.location.line} ${f.ruleId} ${f.export?.behaviour}: ${f.message}`);
for (const l of m.falseNegatives) console.log(`  FN ${l.file}:${l.line} ${l.rule} ${l.behaviour}`);
