/**
 * Held-out accuracy of the flow analysis (push) and of remote access / processing abroad, on a
 * corpus written blind from the docs (test/accuracy/holdout/README.md). Prints precision and recall
 * overall, per behaviour and per rule, with and without the stretch cases, strict (categories must
 * agree) and by location (rule and behaviour at the labelled line), then every miss and false positive.
 * Run: `npx tsx bench/holdout-accuracy.ts`
 */
import { labelKey, measureHoldout, type ModeResult, type Tally } from "../test/accuracy/holdout/measure-holdout.js";

const started = performance.now();
const report = await measureHoldout();
const ms = Math.round(performance.now() - started);
const fmt = (t: Tally) => `precision ${t.precision.toFixed(3)}  recall ${t.recall.toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;

const stretch = report.labels.filter((l) => l.stretch).length;
console.log(
  `held-out corpus: ${report.labels.length} expected findings (${stretch} stretch), ${report.negatives} negative lines, ${report.negativesQuiet} of them quiet (${ms} ms)`,
);

const titles: Record<keyof typeof report.modes, string> = {
  strict: "strict (rule + behaviour + categories), with stretch",
  strictNoStretch: "strict, without stretch",
  location: "by location (rule + behaviour), with stretch",
  locationNoStretch: "by location, without stretch",
};
for (const [mode, title] of Object.entries(titles) as [keyof typeof report.modes, string][]) {
  const m: ModeResult = report.modes[mode];
  console.log(`\n${title}\n  overall            ${fmt(m.overall)}`);
  for (const [b, t] of Object.entries(m.byBehaviour)) console.log(`  ${b.padEnd(18)} ${fmt(t)}`);
  for (const [r, t] of Object.entries(m.byRule)) console.log(`  ${r.padEnd(22)} ${fmt(t)}`);
}

// Misses and false positives of the strict count with stretch, each with the finding(s) at that line.
const strict = report.modes.strict;
console.log("\nmisses (strict, stretch included):");
for (const l of strict.misses) {
  const here = report.findings.filter((f) => labelKey(f) === labelKey(l));
  const got =
    here.length === 0 ? "nothing at this line" : here.map((f) => `${f.rule} ${f.behaviour} [${f.categories.join(" ")}] → ${f.destination}`).join("; ");
  console.log(`  FN ${labelKey(l)}${l.stretch ? " (stretch)" : ""}: expected ${l.rule} ${l.behaviour} [${l.categories.join(" ")}]; got ${got}`);
}
console.log("\nfalse positives (strict, stretch included):");
for (const f of strict.falsePositives) {
  const text = report.lineText.get(labelKey(f)) ?? "";
  const on = text.includes("// negative") ? "negative line" : text.includes("// expect:") ? "labelled line, other rule/categories" : "unlabelled line";
  console.log(`  FP ${labelKey(f)} (${on}): ${f.rule} ${f.behaviour} [${f.categories.join(" ")}] → ${f.destination} — ${f.message}`);
}
