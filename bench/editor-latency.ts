/**
 * Editor-latency benchmark of @vdx/eslint-plugin (issue 4).
 *
 * What an editor does: one long-lived ESLint instance with type information,
 * re-linting the file being edited after each change (the text comes from the
 * buffer, so `lintText` with a `filePath`). We generate a large TypeScript
 * project (editor-latency-project.ts) and run the same edits in two editor
 * sessions — the same typed config (typescript-eslint `recommendedTypeChecked`)
 * without and with the vdx `recommended-type-checked` preset — each in its own
 * process: typescript-eslint's project service is shared by every ESLint
 * instance of a process, so two instances in one process would share one
 * program and whichever lints an edit first would pay for updating it.
 * Reported:
 *   - added latency per edit: wall time with vdx − without, edit by edit, p50 / p95; and the
 *     same for CPU time (user + system of the session's process, `process.cpuUsage`), which
 *     a machine shared with other work inflates far less than wall time;
 *   - vdx rule time per edit from ESLint's `stats` (the per-rule timings
 *     `TIMING=all` prints), p50 / p95, and its share of total typed-lint time
 *     (parse and program update included), by kind of edited file;
 *   - the heap each session holds after its last edit (after a full GC): a
 *     session that keeps old program states alive grows with every edit.
 * Targets: p95 added ≤ 50 ms; vdx rules ≤ 15 % of total typed-lint time.
 *
 * Run: npx -y pnpm@10 build && npx tsx bench/editor-latency.ts [--files 1200] [--edits 60]
 *   --only network|plain  edit one kind of file
 *   --deployments         declare code deployed abroad (the remote-access analysis runs too)
 *   --calibrate           both sessions without vdx: the noise floor of "added"
 *   --plugin <dist>       measure another build of the plugin (before/after figures)
 *   --role with|without   run one session in this process (for `node --cpu-prof`), with
 *   --mark                printing when the measured edits start, and --trace printing each edit.
 * It lints with the built plugin, as an editor would load it.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { editableFiles, editedText, generateProject, NETWORK_FILE } from "./editor-latency-project.js";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
// eslint and typescript-eslint are the plugin's dev dependencies; resolve them from there.
const requireFromPlugin = createRequire(join(repo, "packages/eslint-plugin/package.json"));
const load = async <T>(specifier: string): Promise<T> => (await import(pathToFileURL(requireFromPlugin.resolve(specifier)).href)) as T;

interface LintResult {
  messages: { ruleId: string | null }[];
  stats?: { times: { passes: { parse?: { total: number }; rules?: Record<string, { total: number }>; total: number }[] } };
}
type ESLintClass = new (options: Record<string, unknown>) => { lintText(code: string, options: { filePath: string }): Promise<LintResult[]> };

/** One re-lint of one session. */
interface EditRecord {
  kind: "plain" | "network";
  wallMs: number;
  /** User + system CPU time of the session's process during the lint (GC threads included). */
  cpuMs: number;
  vdxMs: number;
  lintMs: number;
  parseMs: number;
  findings: number;
}

const option = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const count = (name: string, fallback: number): number => {
  const value = Number(option(name));
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const flag = (name: string): boolean => process.argv.includes(`--${name}`);

/** One editor session: a warm ESLint instance re-linting edited buffers. */
async function session(root: string, files: readonly string[], withVdx: boolean): Promise<EditRecord[]> {
  const { ESLint } = await load<{ ESLint: ESLintClass }>("eslint");
  const tseslint = (await load<{ default: { configs: { recommendedTypeChecked: object[] } } }>("typescript-eslint")).default;
  const pluginDist = option("plugin") ? resolve(option("plugin")!) : join(repo, "packages/eslint-plugin/dist");
  const vdx = (await import(pathToFileURL(join(pluginDist, "index.js")).href)).default as { configs: Record<string, object> };
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      ...tseslint.configs.recommendedTypeChecked,
      { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root, disallowAutomaticSingleRunInference: true } } },
      ...(withVdx ? [vdx.configs["recommended-type-checked"]!] : []),
      { settings: { vdx: { asOf: "2026-06-01" } } },
    ],
    stats: true,
    cache: false,
  });
  // Warm up as an editor does when the first files are opened.
  const originals = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));
  for (const file of files.slice(0, 3)) await eslint.lintText(originals.get(file)!, { filePath: file });
  // For `node --cpu-prof`: the monotonic time (µs, the profile's clock) at which the measured edits start.
  if (flag("mark")) console.error(`edits start at ${process.hrtime.bigint() / 1000n} µs`);

  const records: EditRecord[] = [];
  const editable = editableFiles(files, option("only"));
  for (let round = 0; round < count("edits", 60); round++) {
    // Spread the edits over services (with flows), vehicle code and plain features.
    const file = editable[(round * 37) % editable.length]!;
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const [result] = await eslint.lintText(editedText(originals.get(file)!, round + 1), { filePath: file });
    const cpu = process.cpuUsage(cpuBefore);
    const wallMs = performance.now() - started;
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const record: EditRecord = { kind: NETWORK_FILE.test(file) ? "network" : "plain", wallMs, cpuMs, vdxMs: 0, lintMs: 0, parseMs: 0, findings: 0 };
    for (const pass of result?.stats?.times.passes ?? []) {
      record.lintMs += pass.total;
      record.parseMs += pass.parse?.total ?? 0;
      for (const [rule, time] of Object.entries(pass.rules ?? {})) if (rule.startsWith("@vdx/")) record.vdxMs += time.total;
    }
    record.findings = result?.messages.filter((m) => m.ruleId?.startsWith("@vdx/")).length ?? 0;
    if (flag("trace")) console.error(`${record.vdxMs.toFixed(1)} ms vdx, ${wallMs.toFixed(1)} ms wall  ${file.slice(root.length + 1)}`);
    records.push(record);
  }
  return records;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  if (sorted.length === 0) return NaN;
  return round1(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!);
}

/** The p50 / p95 pair every latency figure of the report gives. */
function medianAndP95(values: readonly number[]): { p50: number; p95: number } {
  return { p50: percentile(values, 50), p95: percentile(values, 95) };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function summary(records: readonly EditRecord[]) {
  const sum = (pick: (r: EditRecord) => number) => records.reduce((total, r) => total + pick(r), 0);
  return {
    edits: records.length,
    vdxRuleMs: medianAndP95(records.map((r) => r.vdxMs)),
    shareOfTypedLint: `${((100 * sum((r) => r.vdxMs)) / sum((r) => r.lintMs)).toFixed(1)}%`,
    // Where an edit's typed-lint time goes on average (ESLint stats of the session with vdx).
    meanMs: {
      typedLint: round1(sum((r) => r.lintMs) / records.length),
      parseAndProgram: round1(sum((r) => r.parseMs) / records.length),
      vdxRules: round1(sum((r) => r.vdxMs) / records.length),
      cpu: round1(sum((r) => r.cpuMs) / records.length),
    },
  };
}

interface SessionResult {
  records: EditRecord[];
  /** Heap in use after the last edit and a full GC (MB); undefined without `--expose-gc`. */
  heapMb?: number;
}

function heapAfterGc(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  gc();
  gc();
  return Math.round(process.memoryUsage().heapUsed / 1048576);
}

/** Runs one session in a child process (its own project service) and reads its records. */
function childSession(root: string, role: "with" | "without"): SessionResult {
  const args = process.argv.slice(2).filter((a, i, all) => a !== "--calibrate" && a !== "--root" && all[i - 1] !== "--root");
  const output = execFileSync(process.execPath, [...process.execArgv, "--expose-gc", fileURLToPath(import.meta.url), ...args, "--role", role, "--root", root], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(output) as SessionResult;
}

async function main(): Promise<void> {
  const role = option("role");
  const fileCount = count("files", 1200);
  const given = option("root");
  const root = given ?? mkdtempSync(join(tmpdir(), "vdx-editor-latency-"));
  try {
    const files = generateProject(root, fileCount, { deployments: flag("deployments") });
    if (role === "with" || role === "without") {
      const records = await session(root, files, role === "with");
      const heapMb = heapAfterGc();
      console.log(given ? JSON.stringify({ records, heapMb }) : JSON.stringify({ ...summary(records), heapMb }, null, 2));
      return;
    }
    const sessions = { without: childSession(root, "without"), with: childSession(root, flag("calibrate") ? "without" : "with") };
    const without = sessions.without.records;
    const withVdx = sessions.with.records;
    const added = withVdx.map((r, i) => r.wallMs - without[i]!.wallMs);
    const addedCpu = withVdx.map((r, i) => r.cpuMs - without[i]!.cpuMs);
    const ofKind = (kind: EditRecord["kind"]) => withVdx.filter((r) => r.kind === kind);
    console.log(
      JSON.stringify(
        {
          project: { files: fileCount + 4, editedFiles: withVdx.length, deployments: flag("deployments"), calibration: flag("calibrate") },
          addedMs: medianAndP95(added),
          addedCpuMs: { ...medianAndP95(addedCpu), sum: round1(addedCpu.reduce((a, b) => a + b, 0)) },
          all: summary(withVdx),
          byEditedFile: { plainCode: summary(ofKind("plain")), networkCode: summary(ofKind("network")) },
          vdxFindingsSeen: withVdx.reduce((n, r) => n + r.findings, 0),
          heapAfterSessionMb: { without: sessions.without.heapMb, with: sessions.with.heapMb },
          targets: { addedP95Ms: 50, vdxShareMax: "15%" },
        },
        null,
        2,
      ),
    );
  } finally {
    if (!given) rmSync(root, { recursive: true, force: true });
  }
}

await main();
