/**
 * PR-mode benchmark (a script, not a timed test): what a pull-request check costs next to a full scan.
 *
 * 1. Generates a monorepo of ≥ 500 TypeScript files (`bench/monorepo-project.ts`) in a fresh git
 *    repository and commits it (the base of the pull request).
 * 2. Runs, each in its own process with the built CLI (`packages/cli/dist/bin.js`; run
 *    `npx -y pnpm@10 build` first):
 *    - a full scan without cache;
 *    - a full scan with `--cache` (the base run a CI cache would keep);
 *    - after a small change (one service gains a foreign upload), `--changed-since HEAD --cache`;
 *    - a full scan of the changed project without cache, the reference for the changed files.
 * 3. Prints wall and CPU time of each run and the ratio PR run / full scan, and checks that the PR run
 *    reports exactly the full scan's findings whose flow touches the change.
 *
 * Run: `npx tsx bench/pr-mode.ts [--keep]` (`--keep` leaves the project in bench/out/pr-mode).
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateMonorepo } from "./monorepo-project.js";

const REPO = resolve(fileURLToPath(new URL("..", import.meta.url)));
const CLI = join(REPO, "packages", "cli", "dist", "bin.js");
const OUT = join(REPO, "bench", "out", "pr-mode");
const AS_OF = "2026-06-01";

interface Run {
  label: string;
  wall: number;
  cpu: number;
  report: { findings: { file: string; line: number; ruleId: string; flow?: { file: string; line: number }[] }[]; diffFilter?: unknown };
}

function git(cwd: string, ...args: string[]): void {
  const result = spawnSync("git", ["-c", "user.email=bench@example.invalid", "-c", "user.name=bench", "-c", "commit.gpgsign=false", ...args], {
    cwd,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`git ${args.join(" ")}: ${result.stderr}`);
}

/** One CLI run in its own process: wall time, and CPU time (user + system) of the finished child from /proc. */
function runCli(label: string, cwd: string, args: string[]): Run {
  const output = join(OUT, `${label.replace(/\W+/g, "-")}.json`);
  const cpuBefore = childrenCpuSeconds();
  const started = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [CLI, "scan", ...args, "--as-of", AS_OF, "--fail-on", "never", "--format", "json", "--output", output, "--quiet"],
    { cwd, encoding: "utf8" },
  );
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${label}: vdx exited ${result.status}: ${result.stderr}`);
  return { label, wall, cpu: childrenCpuSeconds() - cpuBefore, report: JSON.parse(readFileSync(output, "utf8")) as Run["report"] };
}

/** cutime + cstime of this process's finished children (/proc/self/stat fields 16 and 17, clock ticks of 1/100 s). */
function childrenCpuSeconds(): number {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

const touches = (finding: Run["report"]["findings"][number], file: string, lines: Set<number>) =>
  [{ file: finding.file, line: finding.line }, ...(finding.flow ?? [])].some((step) => step.file === file && lines.has(step.line));

console.log(
  `machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
);
if (!existsSync(CLI)) throw new Error(`build the CLI first (npx -y pnpm@10 build): ${CLI} is missing`);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const project = join(OUT, "project");
const files = generateMonorepo(project);
writeFileSync(join(project, ".gitignore"), "node_modules/\n");
git(project, "init", "-q");
git(project, "add", "-A");
git(project, "commit", "-q", "-m", "base");
const tsFiles = files.filter((f) => f.endsWith(".ts")).length;
const lines = files.reduce((total, f) => total + readFileSync(join(project, f), "utf8").split("\n").length, 0);
console.log(`project: ${tsFiles} TypeScript files, ${files.length} files, ${lines} lines (${project})`);

const full = runCli("full scan", project, []);
const base = runCli("cached base run", project, ["--cache"]);

// The change: one service of one package gains a foreign upload of location data.
const changed = "packages/trips/src/services/svc5.ts";
const before = readFileSync(join(project, changed), "utf8").split("\n").length;
appendFileSync(
  join(project, changed),
  [
    "",
    "export async function probe5(id: string): Promise<void> {",
    "  const record = findTrips5(id);",
    "  if (!record) return;",
    '  await fetch("https://probe.example-motors.de/v1/pos", { method: "POST", body: JSON.stringify({ lat: record.position.lat, vin: record.vehicle.vin }) });',
    "}",
    "",
  ].join("\n"),
);
const changedLines = new Set(Array.from({ length: 8 }, (_, i) => before + i));
const pr = runCli("PR run after cached base", project, ["--changed-since", "HEAD", "--cache"]);
const reference = runCli("full scan of the change", project, []);

console.log("\n| run | wall time | CPU time | findings |\n|---|---|---|---|");
for (const run of [full, base, pr, reference])
  console.log(`| ${run.label} | ${run.wall.toFixed(2)} s | ${run.cpu.toFixed(2)} s | ${run.report.findings.length} |`);
console.log(`\nPR run / full scan: wall ${(pr.wall / full.wall).toFixed(2)}×, CPU ${(pr.cpu / full.cpu).toFixed(2)}× (target ≤ 0.3×)`);

const expected = reference.report.findings.filter((f) => touches(f, changed, changedLines)).map((f) => JSON.stringify(f));
const actual = pr.report.findings.map((f) => JSON.stringify(f));
const same = expected.length === actual.length && expected.every((f, i) => f === actual[i]);
console.log(`findings for the change: PR run ${actual.length}, full scan ${expected.length} — ${same ? "identical" : "DIFFERENT"}`);
if (!same) process.exitCode = 1;
if (!process.argv.includes("--keep")) rmSync(project, { recursive: true, force: true });
