// The full fuzz run of issue 14: seeded cases of every input kind (proto, JSON Schema, OpenAPI/YAML,
// config, registry, TypeScript, .vspec), each in a project with canary files, run by the built CLI in
// worker processes that are replaced when a case hangs or blows up. Prints one line per case (exit
// code, time, peak RSS, problems) and a summary: crashes, hangs (> --timeout s), lost canary
// findings, exit codes outside {0,1,2}, peak memory.
//
//   pnpm build && npx tsx bench/fuzz.ts --cases 10000 --workers 2          # the full run
//   npx tsx bench/fuzz.ts --cases 1 --first 4711 --verbose                 # replay one case
//
// Options: --seed N (default 14), --first N, --cases N, --workers N (default 2), --timeout S (60),
// --memory MB (1024: a case above it is a failure; a worker above twice it is killed),
// --scale fast|full (full), --ts-every N (TypeScript canary in every N-th case besides TypeScript
// cases; default 10), --rerun-every N (run every N-th case twice, output must be identical; 50),
// --only <kind>[,<kind>] (only cases of these kinds), --quiet (failures and summary only).
import { caseIndices, runFuzz, type CaseReport } from "../test/fuzz/run-fuzz.js";
import { PROBLEMS, type Problem } from "../test/fuzz/judge.js";
import { INPUT_KINDS } from "../test/fuzz/templates.js";

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1]! : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const seed = Number(option("seed", "14"));
const first = Number(option("first", "0"));
const count = Number(option("cases", "10000"));
const workers = Number(option("workers", "2"));
const timeoutMs = Number(option("timeout", "60")) * 1000;
const memoryLimitMb = Number(option("memory", "1024"));
const scale = option("scale", "full") === "fast" ? "fast" : "full";
const only = option("only", "")
  .split(",")
  .filter((k) => k !== "");
const quiet = flag("quiet");
const verbose = flag("verbose");
for (const kind of only) if (!(INPUT_KINDS as readonly string[]).includes(kind)) throw new Error(`--only: unknown kind ${kind} (${INPUT_KINDS.join(", ")})`);

const counts = new Map<Problem, number>(PROBLEMS.map((p) => [p, 0]));
const failed: string[] = [];
const times: number[] = [];
const slowest: { ms: number; id: string }[] = [];
let peak = { mb: 0, id: "" };
let done = 0;
const codes: Record<number, number> = { 0: 0, 1: 0, 2: 0 };
const started = Date.now();

function report({ fuzzCase, outcome, judgement }: CaseReport): void {
  done++;
  times.push(outcome.ms);
  slowest.push({ ms: outcome.ms, id: fuzzCase.id });
  slowest.sort((a, b) => b.ms - a.ms).splice(5);
  if (outcome.peakRssMb > peak.mb) peak = { mb: outcome.peakRssMb, id: fuzzCase.id };
  if (outcome.kind === "done") codes[outcome.code] = (codes[outcome.code] ?? 0) + 1;
  const seen = new Set<Problem>();
  for (const { problem } of judgement.problems) seen.add(problem);
  for (const problem of seen) counts.set(problem, counts.get(problem)! + 1);
  const status = outcome.kind === "done" ? `exit ${outcome.code}` : outcome.kind;
  const line = `${fuzzCase.id}\t${status}\t${Math.round(outcome.ms)} ms\t${Math.round(outcome.peakRssMb)} MB`;
  if (judgement.problems.length > 0) {
    const detail = judgement.problems.map((p) => `${p.problem}: ${p.detail}`).join("; ");
    failed.push(`${line}\t${detail}`);
    console.log(`FAIL\t${line}\t${detail}`);
  } else if (!quiet) {
    console.log(`ok\t${line}`);
  }
  if (verbose && outcome.kind === "done") console.log(outcome.stderr || outcome.stdout.slice(0, 4000));
  if (quiet && done % 500 === 0) console.error(`… ${done}/${count} cases, ${failed.length} failing, ${Math.round((Date.now() - started) / 1000)} s`);
}

async function main(): Promise<void> {
  const indices = caseIndices(first, count, (kind) => only.length === 0 || only.includes(kind));
  await runFuzz(
    {
      seed,
      indices,
      workers,
      timeoutMs,
      memoryLimitMb,
      scale,
      typescriptCanaryEvery: Number(option("ts-every", "10")),
      rerunEvery: Number(option("rerun-every", "50")),
    },
    report,
  );
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  console.log("");
  console.log(
    `fuzz: seed ${seed}, ${done} cases from index ${first}${only.length > 0 ? ` (kinds ${only.join(", ")})` : ""}, ${workers} workers, scale ${scale}, ${Math.round((Date.now() - started) / 1000)} s`,
  );
  console.log(`exit codes: 0 × ${codes[0] ?? 0}, 1 × ${codes[1] ?? 0}, 2 × ${codes[2] ?? 0}`);
  console.log(`time per case: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
  console.log(`slowest: ${slowest.map((s) => `${s.id} ${Math.round(s.ms)} ms`).join(", ")}`);
  console.log(`peak RSS: ${Math.round(peak.mb)} MB (${peak.id})`);
  console.log(`problems (cases): ${PROBLEMS.map((p) => `${p} ${counts.get(p)}`).join(", ")}`);
  console.log(`failing cases: ${failed.length}`);
  for (const line of failed) console.log(`  ${line}`);
  process.exitCode = failed.length > 0 ? 1 : 0;
}

await main();
