/**
 * Flow-analysis speed benchmark (a script, not a timed test).
 *
 * 1. Real code base: the TypeScript sources the `effect` npm package ships
 *    (`npm pack effect`, extracted under bench/out/), one tsconfig over `src/`.
 *    Runs `tsc --noEmit` and a full `vdx scan` (config, pack, schema analyser,
 *    TS classification, sinks, taint analysis) on it, each in its own process,
 *    and compares wall time and peak RSS (`/usr/bin/time -v` when available,
 *    else the child's `process.resourceUsage().maxRSS`).
 * 2. Generated projects with 1k / 5k / 20k classified flows through
 *    cross-file helpers, to show how the cost grows with size.
 *
 * Run: `npx tsx bench/flow-speed.ts [--skip-effect] [--sizes 1000,5000,20000]`
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateFlowProject } from "./flow-speed-project.js";

const REPO = resolve(fileURLToPath(new URL("..", import.meta.url)));
const OUT = join(REPO, "bench", "out");
const TSC = join(REPO, "node_modules", "typescript", "lib", "tsc.js");
const TSX = join(REPO, "node_modules", ".bin", "tsx");
const SCAN_CHILD = join(REPO, "bench", "flow-speed-scan.ts");
const args = process.argv.slice(2);
const sizes = (args[args.indexOf("--sizes") + 1] && args.includes("--sizes") ? args[args.indexOf("--sizes") + 1]! : "1000,5000,20000").split(",").map(Number);

interface Measure {
  seconds: number;
  cpuSeconds: number;
  maxRssMb: number;
  output: string;
}

const hasGnuTime = existsSync("/usr/bin/time") && spawnSync("/usr/bin/time", ["-v", "true"]).status === 0;

function measure(command: string, commandArgs: string[], cwd: string): Measure {
  const started = process.hrtime.bigint();
  const argv = hasGnuTime ? ["-v", command, ...commandArgs] : commandArgs;
  const result = spawnSync(hasGnuTime ? "/usr/bin/time" : command, argv, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  // Null when the process could not be started (Node's types leave that out).
  const stdout = result.stdout as string | null;
  const stderr = result.stderr as string | null;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let maxRssMb = Number.NaN;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr ?? "");
  if (rss) maxRssMb = Number(rss[1]) / 1024;
  const own = /maxRSS=(\d+)/.exec(stdout ?? "");
  if (Number.isNaN(maxRssMb) && own) maxRssMb = Number(own[1]) / 1024;
  // CPU time (user + system) is the figure that survives a shared, loaded machine.
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr ?? "");
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr ?? "");
  const cpuSeconds = user && system ? Number(user[1]) + Number(system[1]) : Number.NaN;
  return { seconds, cpuSeconds, maxRssMb, output: (stdout ?? "").trim() };
}

function prepareEffect(): string {
  const dir = join(OUT, "effect");
  const project = join(dir, "package");
  if (!existsSync(join(project, "src"))) {
    mkdirSync(dir, { recursive: true });
    execFileSync("npm", ["pack", "effect", "--silent", "--pack-destination", dir], { stdio: "inherit" });
    const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"))!;
    execFileSync("tar", ["xzf", tarball], { cwd: dir });
  }
  writeFileSync(
    join(project, "tsconfig.bench.json"),
    JSON.stringify(
      {
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          allowImportingTsExtensions: true,
          lib: ["ES2022", "DOM"],
          types: [],
        },
        include: ["src"],
      },
      null,
      2,
    ),
  );
  writeFileSync(join(project, "vdx.config.yaml"), 'include: ["src/**"]\ntsconfig: tsconfig.bench.json\n');
  return project;
}

function row(label: string, m: Measure): string {
  return `| ${label} | ${m.seconds.toFixed(1)} s | ${Number.isNaN(m.cpuSeconds) ? "n/a" : `${m.cpuSeconds.toFixed(1)} s`} | ${Number.isNaN(m.maxRssMb) ? "n/a" : `${m.maxRssMb.toFixed(0)} MB`} |`;
}

console.log(
  `machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
);
if (!args.includes("--skip-effect")) {
  const project = prepareEffect();
  const tsc = measure(process.execPath, [TSC, "-p", "tsconfig.bench.json", "--noEmit"], project);
  const vdx = measure(TSX, [SCAN_CHILD, project], project);
  console.log(`\neffect sources (${project}):`);
  console.log("| run | wall time | CPU time | peak RSS |\n|---|---|---|---|");
  console.log(row("tsc --noEmit", tsc));
  console.log(row("vdx scan (full)", vdx));
  console.log(
    `ratio vdx/tsc: wall ${(vdx.seconds / tsc.seconds).toFixed(2)}×, CPU ${(vdx.cpuSeconds / tsc.cpuSeconds).toFixed(2)}×, memory ${(vdx.maxRssMb / tsc.maxRssMb).toFixed(2)}×`,
  );
  console.log(
    `scan report: ${vdx.output
      .split("\n")
      .filter((l) => !l.startsWith("maxRSS"))
      .join(" | ")}`,
  );
}

console.log("\ngenerated projects:");
console.log("| flows | files | wall time | CPU time | peak RSS | findings | inventory flows |\n|---|---|---|---|---|---|---|");
for (const flows of sizes) {
  const dir = join(OUT, `generated-${flows}`);
  rmSync(dir, { recursive: true, force: true });
  const files = generateFlowProject(dir, flows);
  const m = measure(TSX, [SCAN_CHILD, dir], dir);
  const findings = /findings=(\d+)/.exec(m.output)?.[1] ?? "?";
  const inventory = /flows=(\d+)/.exec(m.output)?.[1] ?? "?";
  console.log(
    `| ${flows} | ${files} | ${m.seconds.toFixed(1)} s | ${m.cpuSeconds.toFixed(1)} s | ${Number.isNaN(m.maxRssMb) ? "n/a" : `${m.maxRssMb.toFixed(0)} MB`} | ${findings} | ${inventory} |`,
  );
}
