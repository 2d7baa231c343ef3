// Send verdicts on the real-world corpus (issue 11 item 10): vdx's export findings against the
// frozen labels of labels/sends/*.yaml (LABELLING.md §2), matched by file and line.
//
//   npx tsx bench/real-world/send-accuracy.ts <corpus folder> [--split train|blind] [--mistakes] [--show-blind] [--json <file>]
//   npx tsx bench/real-world/send-accuracy.ts <dev corpus folder> --manifest bench/real-world/dev/manifest.json [--mistakes]
//
// FLAG is right when an export finding (unassessed-export, inadequate-assessment,
// vehicle-direct-export) is at the labelled line; CONFIG when `unresolved-destination` is;
// NOFLAG when neither is. Findings on unlabelled lines are listed as "unlabelled" (train and dev only,
// unless --show-blind): they are not scored, but each is a possible false positive to review.
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { commandOption, corpusArgument, corpusTargets, manifestArgument, scanCorpusRepository } from "./corpus-scan.js";

type Verdict = "FLAG" | "CONFIG" | "NOFLAG";
interface SendLabel {
  file: string;
  line: number;
  expect: Verdict;
  categories?: string[];
}
interface Tally {
  right: number;
  total: number;
  categoriesRight: number;
}

const EXPORT_RULES = new Set(["unassessed-export", "inadequate-assessment", "vehicle-direct-export"]);
const corpus = corpusArgument("send-accuracy.ts");
const onlySplit = commandOption("--split") as "train" | "blind" | undefined;
// The development set (dev/manifest.json) keeps its labels beside its manifest.
const { manifest, labels: labelsFolder } = manifestArgument();
const empty = (): Record<Verdict, Tally> => ({
  FLAG: { right: 0, total: 0, categoriesRight: 0 },
  CONFIG: { right: 0, total: 0, categoriesRight: 0 },
  NOFLAG: { right: 0, total: 0, categoriesRight: 0 },
});
const tallies = { train: empty(), blind: empty(), dev: empty() };
const mistakes = { train: [] as string[], blind: [] as string[], dev: [] as string[] };

for (const target of corpusTargets(corpus, onlySplit, manifest)) {
  let labels: SendLabel[];
  try {
    labels = (parse(readFileSync(join(labelsFolder, "sends", `${target.key}.yaml`), "utf8")) as { sends?: SendLabel[] }).sends ?? [];
  } catch {
    continue; // no send labels for this repository
  }
  const result = await scanCorpusRepository(target, [], labelsFolder);
  const findings = result.findings
    .filter((finding) => EXPORT_RULES.has(finding.ruleId) || finding.ruleId === "unresolved-destination")
    .map((finding) => ({
      file: relative(target.folder, finding.location.file).split("\\").join("/"),
      line: finding.location.line,
      rule: finding.ruleId,
      categories: finding.export?.categories ?? [],
    }));
  const split = target.entry.split;
  const labelled = new Set(labels.map((label) => `${label.file}:${label.line}`));
  for (const label of labels) {
    const here = findings.filter((finding) => finding.file === label.file && finding.line === label.line);
    const got: Verdict = here.some((finding) => EXPORT_RULES.has(finding.rule)) ? "FLAG" : here.length > 0 ? "CONFIG" : "NOFLAG";
    const tally = tallies[split][label.expect];
    tally.total++;
    if (got === label.expect) {
      tally.right++;
      const carried = new Set(here.flatMap((finding) => finding.categories));
      if (label.expect === "NOFLAG" || (label.categories ?? []).some((category) => carried.has(category))) tally.categoriesRight++;
    } else {
      mistakes[split].push(
        `${target.key}/${label.file}:${label.line}: expected ${label.expect}, got ${got}${here.length > 0 ? ` (${here.map((f) => `${f.rule} ${f.categories.join(" ")}`).join("; ")})` : ""}`,
      );
    }
  }
  for (const finding of findings) {
    if (!labelled.has(`${finding.file}:${finding.line}`))
      mistakes[split].push(`${target.key}/${finding.file}:${finding.line}: unlabelled ${finding.rule} ${finding.categories.join(" ")}`);
  }
  console.log(
    `${split.padEnd(5)} ${target.entry.repo}: ${labels.length} labelled sends, ${findings.length} export/unresolved findings, ${result.errors.length} errors`,
  );
}

const figures: Record<string, unknown> = {};
for (const split of ["train", "dev", "blind"] as const) {
  const t = tallies[split];
  if (t.FLAG.total + t.CONFIG.total + t.NOFLAG.total === 0) continue;
  const ratio = (a: number, b: number): string => (b === 0 ? "–" : (a / b).toFixed(3));
  console.log(`\n## ${split}\n\n| expected | right | total | verdicts right | categories right too |\n|---|---:|---:|---:|---:|`);
  for (const verdict of ["FLAG", "CONFIG", "NOFLAG"] as const) {
    console.log(`| ${verdict} | ${t[verdict].right} | ${t[verdict].total} | ${ratio(t[verdict].right, t[verdict].total)} | ${t[verdict].categoriesRight} |`);
  }
  const flagged = { right: t.FLAG.right + t.CONFIG.right, total: t.FLAG.total + t.CONFIG.total };
  console.log(`| FLAG + CONFIG | ${flagged.right} | ${flagged.total} | ${ratio(flagged.right, flagged.total)} | |`);
  figures[split] = { ...t, flagOrConfig: flagged };
  const show = process.argv.includes("--mistakes") && (split !== "blind" || process.argv.includes("--show-blind"));
  if (show) for (const mistake of mistakes[split]) console.log(`  ${mistake}`);
}
const jsonOut = commandOption("--json");
if (jsonOut !== undefined) writeFileSync(jsonOut, JSON.stringify(figures, null, 2) + "\n");
