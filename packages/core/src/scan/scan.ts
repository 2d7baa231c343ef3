import { statSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { performance } from "node:perf_hooks";
import type { InputError } from "../input/positioned-document.js";
import type { Finding } from "../model/finding.js";
import type { ClassifiedField } from "../model/schema-field.js";
import { loadKnowledge } from "./load-knowledge.js";
import { ANALYZERS } from "./analyzers.js";
import { collectFiles, groupByKind } from "./collect-files.js";
import { applyRuleSeverities, compareFindings, dedupeFindings } from "./order-findings.js";
import { DEFAULT_BASELINE_FILE, readBaseline } from "./baseline.js";
import { changedFilesSince } from "./changed-files.js";
import { findingFingerprint } from "./fingerprint.js";
import { runAnalyzers } from "./run-analyzers.js";
import { checkSourceFiles } from "./check-source-files.js";
import { ownInputFiles } from "./input-files.js";
import { ReadScope } from "../input/read-scope.js";
import type { RefusedFile } from "./collect-files.js";
import type { InventoryFlow, ScanOptions, ScanResult } from "./types.js";

/**
 * One scan: load config, rule pack and assessment registry, collect files, run
 * the registered analysers, then apply rule severities, `--changed-since` and
 * the baseline, and sort everything deterministically. Fatal input problems
 * (a broken config, registry or pack, a bad option) come back in `errors`;
 * the scan never throws for bad input.
 */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const timings: Record<string, number> = {};
  const errors: InputError[] = [];
  const findings: Finding[] = [];
  const cwd = resolve(options.cwd);
  const asOf = options.asOf ?? todayUtc();
  const asOfProblem = checkAsOf(asOf);
  if (asOfProblem) errors.push({ file: cwd, line: 1, column: 1, message: asOfProblem });

  const paths = (options.paths.length > 0 ? options.paths : ["."]).map((p) => resolve(cwd, p));
  for (const path of paths) {
    const problem = pathProblem(path);
    if (problem) errors.push({ file: path, line: 1, column: 1, message: problem });
  }

  let started = performance.now();
  const knowledge = loadKnowledge({
    cwd: commonDirectory(paths.filter(exists)) ?? cwd,
    ...(options.configFile !== undefined ? { configFile: resolve(cwd, options.configFile) } : {}),
  });
  const { config, pack, registry } = knowledge;
  errors.push(...knowledge.errors);
  findings.push(...knowledge.findings);
  timings.load = performance.now() - started;

  const root = config.root;
  const baselineFile = options.baselineFile !== undefined ? resolve(cwd, options.baselineFile) : undefined;
  const ownFiles = ownInputFiles(config, registry, pack, baselineFile);
  const empty = { findings: [] as Finding[], fields: [] as ClassifiedField[], flows: [] as InventoryFlow[] };
  const stats = { files: { proto: 0, schema: 0, vss: 0, typescript: 0, total: 0 }, timings };
  if (errors.length > 0) {
    const inputs = { ownFiles, scannedFiles: [] };
    return { root, asOf, config, pack, registry, errors, ...empty, findings: sortFindings(findings, config.rules), baselined: 0, unchanged: 0, stats, inputs };
  }

  started = performance.now();
  // What `$ref`s, imports, includes and symbolic links may lead to: the root, the paths asked for, `allowRead`.
  const readScope = ReadScope.of([root, ...paths, ...(config.allowRead ?? [])]);
  const collected = collectFiles({
    root,
    paths,
    include: config.include,
    exclude: config.exclude,
    scope: readScope,
    onRefused: (refused) => findings.push(refusedFileFinding(refused)),
    // vdx's own inputs are not schemas to analyse.
    ignoreFiles: [
      config.file,
      registry.file,
      join(root, DEFAULT_BASELINE_FILE),
      baselineFile,
    ].filter((f): f is string => f !== undefined),
  });
  const grouped = groupByKind(collected);
  timings.collect = performance.now() - started;

  // Binary, oversized or unreadable source files are reported and kept away from the analysers.
  started = performance.now();
  const sources = checkSourceFiles(grouped.typescript);
  findings.push(...sources.findings);
  const readable = new Set(sources.readable);
  const rejected = new Set(grouped.typescript.filter((f) => !readable.has(f)));
  const files = rejected.size === 0 ? collected : collected.filter((f) => !rejected.has(f));
  const filesByKind = { ...grouped, typescript: sources.readable };
  timings.sources = performance.now() - started;
  stats.files = {
    proto: filesByKind.proto.length,
    schema: filesByKind.schema.length,
    vss: filesByKind.vss.length,
    typescript: filesByKind.typescript.length,
    // Rejected files were looked at too: they count as scanned.
    total: collected.length,
  };

  const output = await runAnalyzers(options.analyzers ?? ANALYZERS, {
    root,
    readScope,
    files,
    filesByKind,
    config,
    pack,
    registry,
    asOf,
  }, timings);
  findings.push(...output.findings);

  let reported = sortFindings(findings, config.rules);
  let unchanged = 0;
  if (options.changedSince !== undefined) {
    const changed = changedFilesSince(options.changedSince, root);
    errors.push(...changed.errors);
    const kept = reported.filter((f) => changed.files.has(f.location.file));
    unchanged = reported.length - kept.length;
    reported = kept;
  }
  let baselined = 0;
  if (baselineFile !== undefined) {
    const baseline = readBaseline(baselineFile);
    errors.push(...baseline.errors);
    const kept = reported.filter((f) => !baseline.fingerprints.has(findingFingerprint(f, root)));
    baselined = reported.length - kept.length;
    reported = kept;
  }

  return {
    root,
    asOf,
    config,
    pack,
    registry,
    errors,
    findings: reported,
    fields: [...output.fields].sort(compareFields),
    flows: [...output.flows].sort(compareFlows),
    baselined,
    unchanged,
    stats,
    inputs: { ownFiles, scannedFiles: [...collected].sort() },
  };
}

/** A file the walk would have scanned and did not: reported where it is, so the gap is visible. */
function refusedFileFinding(refused: RefusedFile): Finding {
  return {
    ruleId: "invalid-input",
    level: "error",
    message: `not scanned: ${refused.reason}`,
    location: { file: refused.path, line: 1, column: 1 },
    fingerprint: `refused|${refused.kind}`,
  };
}

function sortFindings(findings: Finding[], rules: Record<string, "error" | "warn" | "off">): Finding[] {
  return dedupeFindings(applyRuleSeverities(findings, rules ?? {}).sort(compareFindings));
}

function compareFields(a: ClassifiedField, b: ClassifiedField): number {
  return byText(a.location.file, b.location.file) || a.location.line - b.location.line || byText(a.path, b.path);
}

function compareFlows(a: InventoryFlow, b: InventoryFlow): number {
  return (
    byText(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    byText(a.destination, b.destination)
  );
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Why `asOf` is not a calendar date `YYYY-MM-DD`, or undefined when it is one. */
export function checkAsOf(asOf: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
  if (!match) return `--as-of: "${asOf}" is not a date (expected YYYY-MM-DD)`;
  const date = new Date(`${asOf}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== asOf) return `--as-of: "${asOf}" is not a calendar date`;
  return undefined;
}

/** Why a path named on the command line cannot be scanned: missing, or a device, FIFO or socket. */
function pathProblem(path: string): string | undefined {
  try {
    const stats = statSync(path);
    return stats.isFile() || stats.isDirectory() ? undefined : "not a regular file or a folder";
  } catch {
    return "no such file or directory";
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Deepest directory containing every path (a file counts as its directory). */
function commonDirectory(paths: string[]): string | undefined {
  const dirs = paths.map((p) => (statSync(p).isDirectory() ? p : dirname(p)));
  if (dirs.length === 0) return undefined;
  let common = dirs[0]!;
  for (const dir of dirs.slice(1)) {
    while (dir !== common && !dir.startsWith(common.endsWith(sep) ? common : common + sep)) {
      const parent = dirname(common);
      if (parent === common) break;
      common = parent;
    }
  }
  return common;
}
