/**
 * Sink-matcher benchmark (a script, not a timed test).
 *
 * Generates a project (default 1,500 feature files, 3,000 sink calls among ~40
 * ordinary calls per file: `push`, `get`, `set`, a local `send`…) and times
 * `createSinkMatcher(...).sinkCallsIn` over every file:
 *   - cold: a fresh program and checker, nothing cached;
 *   - warm: after an edit of one feature file, on the next program state (built
 *     with `oldProgram`, so unchanged files keep their `SourceFile` objects, as in
 *     the editor), for `--edits` different files;
 * each in three modes: `baseline` (no pre-filter, no reuse: the matcher before
 * this work), `prefilter` (syntactic pre-filter only) and `full` (pre-filter and
 * per-SourceFile reuse across program states). The yardstick is the checker time
 * of `tsc --noEmit` on the same program (`program.getSemanticDiagnostics()` on a
 * fresh program). The modes must find the same sinks; the script checks that.
 *
 * Run: npx tsx bench/sink-matcher.ts [--files 1500] [--edits 10]
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { createRequire } from "node:module";
import type { SinkModel } from "../packages/core/src/model/pack.js";
import { createSinkMatcher, describeStaticValue, type SinkMatcherOptions } from "../packages/core/src/flow/sinks/index.js";
import { featureModule, generateSinkMatcherProject } from "./sink-matcher-project.js";

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const fileCount = argument("files", 1500);
const editCount = argument("edits", 10);
// yaml is a dependency of the core package, not of the workspace root.
const { parse } = createRequire(fileURLToPath(new URL("../packages/core/package.json", import.meta.url)))("yaml") as { parse(text: string): unknown };
const catalogue = (parse(readFileSync(fileURLToPath(new URL("../rules/2026/sinks.yaml", import.meta.url)), "utf8")) as { sinks: SinkModel[] }).sinks;
const pack = { sinks: catalogue };

const root = mkdtempSync(join(tmpdir(), "vdx-sink-bench-"));
const features = generateSinkMatcherProject(root, fileCount);
const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;

/** A compiler host that hands out the same SourceFile object for unchanged text (what the language service does). */
function createHost(overrides: Map<string, string>) {
  const cache = new Map<string, { text: string; file: ts.SourceFile }>();
  const host = ts.createCompilerHost(config.options, true);
  const read = (fileName: string) => overrides.get(fileName) ?? ts.sys.readFile(fileName);
  host.readFile = read;
  host.getSourceFile = (fileName, languageVersion) => {
    const text = read(fileName);
    if (text === undefined) return undefined;
    const cached = cache.get(fileName);
    if (cached?.text === text) return cached.file;
    const file = ts.createSourceFile(fileName, text, languageVersion, true);
    cache.set(fileName, { text, file });
    return file;
  };
  return host;
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;

function allSinks(program: ts.Program, options: SinkMatcherOptions): { ms: number; found: string[] } {
  const start = process.hrtime.bigint();
  const matcher = createSinkMatcher(ts, program, pack, options);
  const found: string[] = [];
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile) continue;
    for (const sink of matcher.sinkCallsIn(file))
      found.push(`${sink.location.file}:${sink.location.line} ${sink.model.id} → ${describeStaticValue(sink.destination)}`);
  }
  return { ms: ms(start), found };
}

interface ModeResult {
  mode: string;
  cold: number;
  warm: number[];
  found: string[];
}

function runMode(mode: string, options: SinkMatcherOptions): ModeResult {
  const overrides = new Map<string, string>();
  const host = createHost(overrides);
  let program = ts.createProgram({ rootNames: config.fileNames, options: config.options, host });
  const cold = allSinks(program, options);
  const warm: number[] = [];
  for (let e = 0; e < editCount; e++) {
    const index = Math.floor(((e + 0.5) * features.length) / editCount);
    overrides.set(features[index]!, featureModule(index, e + 1));
    program = ts.createProgram({ rootNames: config.fileNames, options: config.options, host, oldProgram: program });
    warm.push(allSinks(program, options).ms);
  }
  return { mode, cold: cold.ms, warm, found: cold.found };
}

const checkStart = process.hrtime.bigint();
const parseStart = process.hrtime.bigint();
const tscProgram = ts.createProgram({ rootNames: config.fileNames, options: config.options, host: createHost(new Map()) });
const parseMs = ms(parseStart);
const diagnosticsStart = process.hrtime.bigint();
const diagnostics = tscProgram.getSemanticDiagnostics().length;
const checkMs = ms(diagnosticsStart);
const tscMs = ms(checkStart);

const modes: ModeResult[] = [
  runMode("baseline", { prefilter: false, reuse: false }),
  runMode("prefilter", { prefilter: true, reuse: false }),
  runMode("full", { prefilter: true, reuse: true }),
];

const lines = readFileSync(features[0]!, "utf8").split("\n").length * features.length;
console.log(
  `project: ${config.fileNames.length} files (~${lines.toLocaleString("en")} lines in features), ${modes[0]!.found.length} sinks found, ${diagnostics} type errors`,
);
console.log(`tsc --noEmit equivalent: ${tscMs.toFixed(0)} ms (parse + bind ${parseMs.toFixed(0)} ms, getSemanticDiagnostics ${checkMs.toFixed(0)} ms)`);
console.log("");
console.log("| mode | cold: all files | × checker time | warm after 1-file edit p50 | p95 | max |");
console.log("|---|---|---|---|---|---|");
for (const m of modes) {
  console.log(
    `| ${m.mode} | ${m.cold.toFixed(0)} ms | ${(m.cold / checkMs).toFixed(2)} | ${percentile(m.warm, 50).toFixed(0)} ms | ${percentile(m.warm, 95).toFixed(0)} ms | ${Math.max(...m.warm).toFixed(0)} ms |`,
  );
}
const reference = JSON.stringify(modes[0]!.found);
for (const m of modes.slice(1)) {
  if (JSON.stringify(m.found) !== reference) {
    console.error(`\n${m.mode}: sinks differ from baseline (${m.found.length} vs ${modes[0]!.found.length})`);
    const baseline = new Set(modes[0]!.found);
    const other = new Set(m.found);
    for (const s of modes[0]!.found.filter((f) => !other.has(f)).slice(0, 5)) console.error(`  missing: ${s}`);
    for (const s of m.found.filter((f) => !baseline.has(f)).slice(0, 5)) console.error(`  extra:   ${s}`);
    process.exitCode = 1;
  }
}
if (process.exitCode !== 1) console.log("\nall modes find the same sinks with the same destinations");
rmSync(root, { recursive: true, force: true });
