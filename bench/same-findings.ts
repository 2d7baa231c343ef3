/**
 * Proves that a change to the engine (a speed-up, a refactoring) leaves every finding as it was: the JSON
 * report of a full `vdx scan` of each project, recorded before the change, must come out byte-identical after.
 *
 * Run from the repository root, with the CLI built (`npx -y pnpm@10 build`):
 *   npx tsx bench/same-findings.ts record <outDir> <project…>   # before the change
 *   npx tsx bench/same-findings.ts check  <outDir> <project…>   # after it; exit 1 on any difference
 * `--cli <bin.js>` runs another build of the CLI (a copy of the tree before the change, say).
 *
 * Each project is scanned in its own process, from its own folder, with a fixed `--as-of` (record validity
 * depends on the date). The report of `<project>` is kept as `<outDir>/<slug of the absolute path>.json`.
 * Without projects, the examples and bench/monorepo are used.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = resolve(fileURLToPath(new URL("..", import.meta.url)));
const AS_OF = "2026-12-07";

const argv = process.argv.slice(2);
const cliFlag = argv.indexOf("--cli");
const CLI = cliFlag === -1 ? join(REPO, "packages", "cli", "dist", "bin.js") : resolve(argv.splice(cliFlag, 2)[1] ?? "");
const [mode, outDir, ...given] = argv;
if ((mode !== "record" && mode !== "check") || outDir === undefined) {
  console.error("usage: same-findings.ts record|check <outDir> [project…]");
  process.exit(2);
}
const projects = given.length > 0 ? given.map((p) => resolve(p)) : defaultProjects();

function defaultProjects(): string[] {
  const examples = join(REPO, "examples");
  return [
    ...readdirSync(examples)
      .sort()
      .map((name) => join(examples, name)),
    join(REPO, "bench", "monorepo"),
  ];
}

/** The JSON report of one full scan (stdout; the exit code says only whether there were findings). */
function report(project: string): string {
  const run = spawnSync(process.execPath, [CLI, "scan", project, "--format", "json", "--as-of", AS_OF, "--fail-on", "never"], {
    cwd: project,
    encoding: "utf8",
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`vdx scan ${project} exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}

function firstDifference(before: string, after: string): string {
  const a = before.split("\n");
  const b = after.split("\n");
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}:\n  before: ${a[at] ?? "(end)"}\n  after:  ${b[at] ?? "(end)"}`;
}

mkdirSync(outDir, { recursive: true });
let differing = 0;
for (const project of projects) {
  const file = join(outDir, `${project.replace(/[^A-Za-z0-9]+/g, "_")}.json`);
  const text = report(project);
  const findings = (JSON.parse(text) as { findings: unknown[] }).findings.length;
  if (mode === "record") {
    writeFileSync(file, text);
    console.log(`recorded ${project}: ${findings} findings, ${text.length} bytes`);
    continue;
  }
  if (!existsSync(file)) throw new Error(`no recorded report for ${project} (${file}): run "record" first`);
  const before = readFileSync(file, "utf8");
  if (before === text) {
    console.log(`identical ${project}: ${findings} findings, ${text.length} bytes`);
  } else {
    differing++;
    console.log(`DIFFERENT ${project}: ${firstDifference(before, text)}`);
  }
}
if (differing > 0) process.exitCode = 1;
