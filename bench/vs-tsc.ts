/**
 * What a full `vdx scan` of a project costs next to `tsc --noEmit` on the same project: CPU time
 * (user + system, the figure that survives a loaded machine) and peak RSS, each from `/usr/bin/time -v`,
 * each tool in its own process, run alternately `--runs` times (default 3); the medians and their ratios
 * are printed. The scan is the built CLI (`packages/cli/dist/bin.js scan <dir> --format json`).
 *
 * The yardstick type-checks the files the project's tsconfig covers, with its compiler options: a tsconfig
 * written to a temporary folder extends `<dir>/<tsconfig>` (`--tsconfig`, default `tsconfig.json`), takes
 * every file under `<dir>` (the base's `exclude` still applies) and drops project references — with them
 * `tsc -p` stops at "output file has not been built" (TS6305) and checks nothing.
 *
 * Run (CLI built): `npx tsx bench/vs-tsc.ts <dir> [--tsconfig tsconfig.bench.json] [--runs 3] [--cli <bin.js>]`
 * (`--cli`: another build of the CLI, a copy of the tree before a change, say).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = resolve(fileURLToPath(new URL("..", import.meta.url)));
const TSC = join(REPO, "node_modules", "typescript", "lib", "tsc.js");

interface Run {
  cpuSeconds: number;
  wallSeconds: number;
  maxRssMb: number;
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
}

const dir = resolve(process.argv[2] ?? ".");
const runs = Number(option("--runs", "3"));
const CLI = resolve(option("--cli", join(REPO, "packages", "cli", "dist", "bin.js")));
const baseTsconfig = resolve(dir, option("--tsconfig", "tsconfig.json"));
if (!existsSync(baseTsconfig)) throw new Error(`no tsconfig at ${baseTsconfig} (pass --tsconfig)`);

/** `/usr/bin/time -v` around one command: CPU, wall and peak RSS. */
function measure(args: string[]): Run {
  const result = spawnSync("/usr/bin/time", ["-v", process.execPath, ...args], { cwd: dir, encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 });
  // Null when the process could not be started (Node's types leave that out).
  const stderr = result.stderr as string | null;
  const figure = (label: RegExp): number => Number(label.exec(stderr ?? "")?.[1] ?? Number.NaN);
  const [m, s] = (/Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:\d+:)?(\d+):([\d.]+)/.exec(stderr ?? "") ?? []).slice(1).map(Number);
  return {
    cpuSeconds: figure(/User time \(seconds\): ([\d.]+)/) + figure(/System time \(seconds\): ([\d.]+)/),
    wallSeconds: (m ?? Number.NaN) * 60 + (s ?? Number.NaN),
    maxRssMb: figure(/Maximum resident set size \(kbytes\): (\d+)/) / 1024,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function summary(all: Run[]): Run {
  return { cpuSeconds: median(all.map((r) => r.cpuSeconds)), wallSeconds: median(all.map((r) => r.wallSeconds)), maxRssMb: median(all.map((r) => r.maxRssMb)) };
}

const work = mkdtempSync(join(tmpdir(), "vdx-vs-tsc-"));
try {
  const base = JSON.parse(readFileSync(baseTsconfig, "utf8").replace(/^\s*\/\/.*$/gm, "")) as { exclude?: unknown };
  const yardstick = join(work, "tsconfig.json");
  writeFileSync(
    yardstick,
    JSON.stringify({
      extends: baseTsconfig,
      compilerOptions: { noEmit: true },
      include: [`${dir}/**/*`],
      // An `exclude` of the base is inherited (relative to the base); without one, TypeScript's default would be relative to this file.
      ...(base.exclude === undefined ? { exclude: [`${dir}/**/node_modules`] } : {}),
    }),
  );
  const tsc: Run[] = [];
  const vdx: Run[] = [];
  for (let i = 0; i < runs; i++) {
    tsc.push(measure([TSC, "-p", yardstick]));
    vdx.push(measure([CLI, "scan", dir, "--format", "json", "--fail-on", "never"]));
  }
  const t = summary(tsc);
  const v = summary(vdx);
  const row = (label: string, r: Run, all: Run[]): string =>
    `| ${label} | ${r.cpuSeconds.toFixed(1)} s (${all.map((x) => x.cpuSeconds.toFixed(1)).join(", ")}) | ${r.wallSeconds.toFixed(1)} s | ${r.maxRssMb.toFixed(0)} MB (${all.map((x) => x.maxRssMb.toFixed(0)).join(", ")}) |`;
  console.log(
    `${dir}\nmachine: ${cpus()[0]?.model ?? "?"} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, node ${process.version}, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}, ${new Date().toISOString()}`,
  );
  console.log(`medians of ${runs} runs each (all runs in brackets)\n| run | CPU time | wall time | peak RSS |\n|---|---|---|---|`);
  console.log(row("`tsc --noEmit`", t, tsc));
  console.log(row("`vdx scan`", v, vdx));
  console.log(
    `ratio vdx/tsc: CPU ${(v.cpuSeconds / t.cpuSeconds).toFixed(2)}×, wall ${(v.wallSeconds / t.wallSeconds).toFixed(2)}×, peak RSS ${(v.maxRssMb / t.maxRssMb).toFixed(2)}×`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
