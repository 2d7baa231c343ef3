/**
 * Editor-latency benchmark of @vdx/eslint-plugin (issue 4).
 *
 * What an editor does: one long-lived ESLint instance with type information,
 * re-linting the file being edited after each change (the text comes from the
 * buffer, so `lintText` with a `filePath`). We generate a large TypeScript
 * project, keep two warm instances — the same typed config (typescript-eslint
 * `recommendedTypeChecked`) without and with the vdx `recommended-type-checked`
 * preset — apply the same edits to both and report:
 *   - added latency per edit: paired wall time (with vdx − without), p50 / p95;
 *   - vdx rule time per edit from ESLint's `stats` (the per-rule timings
 *     `TIMING=all` prints), p50 / p95, and its share of total typed-lint time.
 * Targets: p95 added ≤ 50 ms; vdx rules ≤ 15 % of total typed-lint time.
 *
 * Run: npx -y pnpm@10 build && npx tsx bench/editor-latency.ts [--files 1200] [--edits 60] [--only network|plain]
 * (`--only` edits one kind of file: what a CPU profile of that kind needs; `--plugin <dist folder>`
 * measures another build of the plugin, e.g. an earlier version, for before/after figures;
 * `--mark` prints when the measured edits start, to cut the warm-up out of a CPU profile;
 * `--deployments` declares code deployed abroad, so the remote-access analysis runs too).
 * (it lints with the built plugin, as an editor would load it).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
// eslint and typescript-eslint are the plugin's dev dependencies; resolve them from there.
const requireFromPlugin = createRequire(join(repo, "packages/eslint-plugin/package.json"));
const load = async <T>(specifier: string): Promise<T> => (await import(pathToFileURL(requireFromPlugin.resolve(specifier)).href)) as T;

interface LintStats {
  times: { passes: { parse?: { total: number }; rules?: Record<string, { total: number }>; fix: { total: number }; total: number }[] };
}
interface LintResult {
  messages: { ruleId: string | null; message: string; line: number }[];
  stats?: LintStats;
}
interface ESLintLike {
  lintText(code: string, options: { filePath: string }): Promise<LintResult[]>;
}
type ESLintClass = new (options: Record<string, unknown>) => ESLintLike;

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** A telematics code base: models, endpoint constants, a shared HTTP helper, services, pure utilities. */
function generateProject(root: string, fileCount: number): string[] {
  const write = (relative: string, text: string) => {
    mkdirSync(dirname(join(root, relative)), { recursive: true });
    writeFileSync(join(root, relative), text);
  };
  write("tsconfig.json", JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2023", "DOM"], strict: true, noEmit: true, skipLibCheck: true, types: [] }, include: ["src/**/*.ts"] }, null, 2));
  write("vdx.config.yaml", [
    'rulePack: "2026"', 'include: ["src/**"]', "assessments: data-export-assessments.yaml",
    "organization: { ciio: false, vehiclesInChina: 300000 }",
    "hosts:", '  - { match: "*.example-motors.de", jurisdiction: DE }', '  - { match: "*.example-motors.com.cn", jurisdiction: CN }',
    'vehicleSide: ["src/vehicle/**"]',
    // `--deployments`: part of the code runs abroad, which opens the remote-access analysis (issue 6).
    ...(process.argv.includes("--deployments") ? ["deployments:", '  - { path: "src/eu/**", jurisdiction: DE }'] : []),
    "",
  ].join("\n"));
  write("data-export-assessments.yaml", [
    "version: 1", "assessments:", "  - id: SA-2026-0001", "    mechanism: security-assessment", "    exemption: null",
    '    recipient: { name: "Example Motors GmbH", country: DE }', '    destinations: ["covered.example-motors.de"]',
    "    categories: [pi.general.vehicle-identifier, pi.sensitive.location-trajectory]",
    "    scale: { individuals: 300000, sensitiveIndividuals: 300000, vehicles: 300000 }", "    mapApproval: null",
    "    validFrom: 2026-01-01", "    validUntil: 2028-12-31", "",
  ].join("\n"));
  write("src/lib/endpoints.ts", [
    'export const EU_TELEMETRY = "https://telemetry.example-motors.de/v1/trips";',
    'export const COVERED = "https://covered.example-motors.de/v1/trips";',
    'export const DOMESTIC = "https://telemetry.example-motors.com.cn/v1/trips";', "",
  ].join("\n"));
  write("src/lib/http.ts", [
    "export async function postJson(url: string, body: unknown): Promise<number> {",
    '  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });',
    "  return response.status;", "}", "",
  ].join("\n"));
  write("src/lib/format.ts", [
    "export function formatLabel(label: string): string {", "  return label.trim().toUpperCase();", "}",
    "export function clampCount(count: number): number {", "  return Math.max(0, Math.min(count, 1_000_000));", "}", "",
  ].join("\n"));
  write("src/model/trip.ts", [
    "export interface Trip {", "  /** @vdx pi.general.vehicle-identifier */", "  vin: string;",
    "  /** @vdx pi.sensitive.location-trajectory */", "  lat: number;", "  /** @vdx pi.sensitive.location-trajectory */", "  lng: number;",
    "  /** @vdx none */", "  firmwareBuild: string;", "  startedAt: number;", "}", "",
  ].join("\n"));
  const edited: string[] = [];
  for (let i = 0; i < fileCount; i++) {
    const kind = i % 10;
    const file = kind === 0 ? `src/services/upload-${i}.ts` : kind === 1 ? `src/vehicle/uplink-${i}.ts` : `src/features/feature-${i}.ts`;
    const network = kind === 0 || kind === 1;
    const lines = [
      ...(network
        ? ['import type { Trip } from "../model/trip.js";', `import { ${kind === 0 ? "COVERED, " : ""}DOMESTIC, EU_TELEMETRY } from "../lib/endpoints.js";`]
        : []),
      ...(kind === 0 ? ['import { postJson } from "../lib/http.js";'] : []),
      'import { clampCount, formatLabel } from "../lib/format.js";', "",
      `export interface Reading${i} {`, "  /** @vdx pi.general.driving-behaviour */", "  speedKph: number;", "  label: string;", "  count: number;", "}", "",
      `export function summarise${i}(readings: Reading${i}[]): { total: number; labels: string[] } {`,
      "  let total = 0;", "  const labels: string[] = [];",
      "  for (const reading of readings) {", `    total += clampCount(reading.count) * ${i % 7 + 1};`, "    if (reading.label.length > 3) labels.push(formatLabel(reading.label));", "  }",
      "  return { total, labels };", "}", "",
      `export function scale${i}(values: number[]): number[] {`, `  return values.map((v) => v * ${(i % 5) + 2}).filter((v) => v > 10);`, "}", "",
    ];
    if (kind === 0) {
      lines.push(
        `export async function upload${i}(trip: Trip): Promise<void> {`,
        "  await postJson(EU_TELEMETRY, { vin: trip.vin, lat: trip.lat, lng: trip.lng });",
        "  await postJson(COVERED, { vin: trip.vin, lat: trip.lat });",
        "  await postJson(DOMESTIC, trip);", "}", "",
      );
    } else if (kind === 1) {
      lines.push(
        `export async function uplink${i}(trip: Trip): Promise<void> {`,
        '  await fetch(EU_TELEMETRY, { method: "POST", body: JSON.stringify({ lat: trip.lat }) });',
        '  await fetch(DOMESTIC, { method: "POST", body: JSON.stringify(trip) });', "}", "",
      );
    } else {
      lines.push(`export const feature${i} = { enabled: ${i % 2 === 0}, threshold: ${i} } as const;`, "");
    }
    write(file, lines.join("\n"));
    edited.push(join(root, file));
  }
  return edited;
}

/** The edit an editor would send: the buffer of `file` with one statement changed. */
function editedText(original: string, round: number): string {
  return original.replace(/return \{ total, labels \};/, `total += ${round};\n  return { total, labels };`);
}

const NETWORK_FILE = /\/(services|vehicle)\//;

/** `--only network` / `--only plain`: restrict the edited files to one kind (for profiling). */
function editableFiles(files: readonly string[]): readonly string[] {
  const index = process.argv.indexOf("--only");
  const only = index >= 0 ? process.argv[index + 1] : undefined;
  if (only === undefined) return files;
  if (only !== "network" && only !== "plain") throw new Error(`--only takes network or plain (got ${only})`);
  return files.filter((file) => NETWORK_FILE.test(file) === (only === "network"));
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

function ruleTimes(result: LintResult | undefined): { vdx: number; total: number; parse: number } {
  let vdx = 0;
  let total = 0;
  let parse = 0;
  for (const pass of result?.stats?.times.passes ?? []) {
    total += pass.total;
    parse += pass.parse?.total ?? 0;
    for (const [rule, time] of Object.entries(pass.rules ?? {})) if (rule.startsWith("@vdx/")) vdx += time.total;
  }
  return { vdx, total, parse };
}

async function main(): Promise<void> {
  const fileCount = argument("files", 1200);
  const edits = argument("edits", 60);
  const root = mkdtempSync(join(tmpdir(), "vdx-editor-latency-"));
  try {
    const files = generateProject(root, fileCount);
    const { ESLint } = await load<{ ESLint: ESLintClass }>("eslint");
    const tseslint = (await load<{ default: { configs: { recommendedTypeChecked: object[] } } }>("typescript-eslint")).default;
    const pluginIndex = process.argv.indexOf("--plugin");
    const pluginDist = pluginIndex >= 0 ? resolve(process.argv[pluginIndex + 1]!) : join(repo, "packages/eslint-plugin/dist");
    const vdx = (await import(pathToFileURL(join(pluginDist, "index.js")).href)).default as {
      configs: Record<string, object>;
    };
    const typed = [
      ...tseslint.configs.recommendedTypeChecked,
      { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root, disallowAutomaticSingleRunInference: true } } },
    ];
    const make = (withVdx: boolean) =>
      new ESLint({
        cwd: root,
        overrideConfigFile: true,
        overrideConfig: [...typed, ...(withVdx ? [vdx.configs["recommended-type-checked"]!] : []), { settings: { vdx: { asOf: "2026-06-01" } } }],
        stats: true,
        cache: false,
      });
    const without = make(false);
    const withVdx = make(!process.env.VDX_BENCH_NO_VDX);

    // Warm up as an editor does when the first files are opened.
    const originals = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));
    const started = performance.now();
    for (const file of files.slice(0, 3)) {
      await without.lintText(originals.get(file)!, { filePath: file });
      await withVdx.lintText(originals.get(file)!, { filePath: file });
    }
    const warmup = performance.now() - started;
    // For `node --cpu-prof`: the monotonic time (µs, the profile's clock) at which the measured edits start.
    if (process.argv.includes("--mark")) console.error(`edits start at ${process.hrtime.bigint() / 1000n} µs`);

    const added: number[] = [];
    const vdxTimes: number[] = [];
    // Split by what the edited file does: plain code, or network code (a sink or a helper that sends).
    const byKind = { plain: [] as number[], network: [] as number[] };
    const shareByKind = { plain: { vdx: 0, total: 0, parse: 0 }, network: { vdx: 0, total: 0, parse: 0 } };
    let vdxTotal = 0;
    let lintTotal = 0;
    let findings = 0;
    const editable = editableFiles(files);
    for (let round = 0; round < edits; round++) {
      // Spread the edits: services (with flows), vehicle code and plain features.
      const file = editable[(round * 37) % editable.length]!;
      const text = editedText(originals.get(file)!, round + 1);
      const order = round % 2 === 0;
      const time = async (eslint: ESLintLike) => {
        const t0 = performance.now();
        const [result] = await eslint.lintText(text, { filePath: file });
        return { ms: performance.now() - t0, result };
      };
      // Alternate which instance goes first so neither profits systematically from warm OS caches.
      const a = order ? await time(without) : undefined;
      const b = await time(withVdx);
      const c = order ? a! : await time(without);
      added.push(b.ms - c.ms);
      const times = ruleTimes(b.result);
      vdxTimes.push(times.vdx);
      if (process.env.VDX_BENCH_TRACE) {
        const perRule = Object.entries(b.result?.stats?.times.passes[0]?.rules ?? {}).filter(([r]) => r.startsWith("@vdx/")).map(([r, t]) => `${r.slice(5)}=${round1(t.total)}`);
        console.error(`${round1(times.vdx)} ms  ${file.slice(root.length + 1)}  ${perRule.join(" ")}`);
      }
      const kind = NETWORK_FILE.test(file) ? "network" : "plain";
      byKind[kind].push(times.vdx);
      shareByKind[kind].vdx += times.vdx;
      shareByKind[kind].total += times.total;
      shareByKind[kind].parse += times.parse;
      vdxTotal += times.vdx;
      lintTotal += times.total;
      findings += b.result?.messages.filter((m) => m.ruleId?.startsWith("@vdx/")).length ?? 0;
    }
    added.sort((x, y) => x - y);
    vdxTimes.sort((x, y) => x - y);
    byKind.plain.sort((x, y) => x - y);
    byKind.network.sort((x, y) => x - y);
    const split = (kind: "plain" | "network") => ({
      edits: byKind[kind].length,
      p50: round1(percentile(byKind[kind], 50)),
      p95: round1(percentile(byKind[kind], 95)),
      shareOfTypedLint: `${((100 * shareByKind[kind].vdx) / shareByKind[kind].total).toFixed(1)}%`,
      // Where an edit's typed-lint time goes on average (ESLint stats of the instance with vdx).
      meanMs: {
        typedLint: round1(shareByKind[kind].total / byKind[kind].length),
        parseAndProgram: round1(shareByKind[kind].parse / byKind[kind].length),
        vdxRules: round1(shareByKind[kind].vdx / byKind[kind].length),
      },
    });
    const report = {
      project: { files: fileCount + 4, editedFiles: edits },
      warmupMs: Math.round(warmup),
      addedMs: { p50: round1(percentile(added, 50)), p95: round1(percentile(added, 95)) },
      vdxRuleMs: { p50: round1(percentile(vdxTimes, 50)), p95: round1(percentile(vdxTimes, 95)) },
      vdxRuleMsByEditedFile: { plainCode: split("plain"), networkCode: split("network") },
      vdxShareOfTypedLint: `${((100 * vdxTotal) / lintTotal).toFixed(1)}%`,
      vdxFindingsSeen: findings,
      targets: { addedP95Ms: 50, vdxShareMax: "15%" },
    };
    console.log(JSON.stringify(report, null, 2));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

await main();
