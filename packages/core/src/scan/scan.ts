import { statSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { performance } from "node:perf_hooks";
import type { InputError } from "../input/positioned-document.js";
import type { Finding } from "../model/finding.js";
import type { ClassifiedField } from "../model/schema-field.js";
import { loadKnowledge, type PackLoader } from "./load-knowledge.js";
import type { VdxConfig } from "../model/config.js";
import { loadRulePack, rulePackInputFiles, type RulePackSpec } from "../pack/index.js";
import type { LoadOutcome } from "../model/diagnostics.js";
import type { RulePack } from "../model/pack.js";
import { ScanCache } from "./cache/scan-cache.js";
import { engineFingerprint, environmentFingerprint, hashFile, hashText, tsconfigChain } from "./cache/fingerprints.js";
import { changedLinesKey, resultKey } from "./cache/result-key.js";
import { changedLinesSince, type ChangedLines } from "./changed-lines.js";
import { analyseProject } from "./analyse-project.js";
import { filterByChange } from "./diff-filter.js";
import { planShard } from "./shard-units.js";
import { collectFiles, groupByKind } from "./collect-files.js";
import { applyRuleSeverities, compareFindings, dedupeFindings } from "./order-findings.js";
import { DEFAULT_BASELINE_FILE, readBaseline, type BaselineEntry } from "./baseline.js";
import { findingFingerprint } from "./fingerprint.js";
import { checkSourceFiles } from "./check-source-files.js";
import { ownInputFiles } from "./input-files.js";
import { readScopeOf } from "../input/read-scope.js";
import type { RefusedFile } from "./collect-files.js";
import type { InventoryFlow, ScanOptions, ScanResult } from "./types.js";
import { findingMessage } from "../messages/render-message.js";

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
  const note = options.onNote ?? (() => undefined);
  const progress = options.onProgress ?? (() => undefined);
  const cwd = resolve(options.cwd);
  const asOf = options.asOf ?? todayUtc();
  const asOfProblem = checkAsOf(asOf);
  if (asOfProblem) errors.push({ file: cwd, line: 1, column: 1, message: asOfProblem });
  const shardProblem = options.shard ? checkShard(options.shard) : undefined;
  if (shardProblem) errors.push({ file: cwd, line: 1, column: 1, message: shardProblem });
  if (options.shard && options.changedSince !== undefined)
    errors.push({ file: cwd, line: 1, column: 1, message: "--shard and --changed-since cannot be combined" });

  const paths = (options.paths.length > 0 ? options.paths : ["."]).map((p) => resolve(cwd, p));
  for (const path of paths) {
    const problem = pathProblem(path);
    if (problem) errors.push({ file: path, line: 1, column: 1, message: problem });
  }

  progress({ phase: "load" });
  let started = performance.now();
  // The cache serves the whole run (custom analysers, in tests, are never cached); it lives under the
  // config's root, so the pack loader opens it once the config is known.
  const packCache = cachedPackLoader(options, note);
  const knowledge = loadKnowledge({
    cwd: commonDirectory(paths.filter(exists)) ?? cwd,
    ...(options.configFile !== undefined ? { configFile: resolve(cwd, options.configFile) } : {}),
    loadPack: packCache.load,
  });
  const { config, pack, registry } = knowledge;
  errors.push(...knowledge.errors);
  findings.push(...knowledge.findings);
  const root = config.root;
  const { cache, packFiles, packHashes, packKey } = packCache.state;
  const packSpec: RulePackSpec = { rulePack: config.rulePack, extends: config.extends, baseDir: root };
  timings.load = performance.now() - started;

  const baselineFile = options.baselineFile !== undefined ? resolve(cwd, options.baselineFile) : undefined;
  const ownFiles = ownInputFiles(config, registry, pack, baselineFile);
  const empty = { findings: [] as Finding[], fields: [] as ClassifiedField[], flows: [] as InventoryFlow[] };
  const stats = { files: { proto: 0, schema: 0, vss: 0, typescript: 0, total: 0 }, timings };
  // What every result carries: the knowledge it was judged with (errors fill in as the scan goes on).
  const judgedWith = { root, asOf, config, pack, registry, errors };
  // A scan that stops before analysing anything reports only what loading found.
  const stopped = (inputs: ScanResult["inputs"]): ScanResult => ({
    ...judgedWith,
    ...empty,
    findings: sortFindings(findings, config.rules),
    baselined: 0,
    unchanged: 0,
    stats,
    inputs,
  });
  if (errors.length > 0) return stopped({ ownFiles, scannedFiles: [] });

  progress({ phase: "collect" });
  started = performance.now();
  // What `$ref`s, imports, includes and symbolic links may lead to: the root, the paths asked for, `allowRead`.
  const readScope = readScopeOf([root, ...paths, ...(config.allowRead ?? [])]);
  const collected = collectFiles({
    root,
    paths,
    include: config.include,
    exclude: config.exclude,
    scope: readScope,
    onRefused: (refused) => findings.push(refusedFileFinding(refused)),
    // vdx's own inputs are not schemas to analyse.
    ignoreFiles: [config.file, registry.file, join(root, DEFAULT_BASELINE_FILE), baselineFile].filter((f): f is string => f !== undefined),
  });
  const grouped = groupByKind(collected);
  timings.collect = performance.now() - started;
  progress({ phase: "collect", done: collected.length, total: collected.length });

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

  const tsconfig = config.tsconfig !== undefined ? resolve(root, config.tsconfig) : undefined;
  const vdxInputs = [config.file, registry.file, ...(rulePackInputFiles(packSpec) ?? []), ...tsconfigChain(tsconfig ?? join(root, "tsconfig.json"))].filter(
    (f): f is string => f !== undefined,
  );
  const inputs = { ownFiles, scannedFiles: [...collected].sort() };
  let changes: ChangedLines | undefined;
  if (options.changedSince !== undefined) {
    const changed = changedLinesSince(options.changedSince, root);
    if (changed.errors.length > 0) {
      errors.push(...changed.errors);
      return stopped(inputs);
    }
    changes = changed.changes;
  }
  const hashes = cache ? hashFiles(collected) : undefined;
  const environment = cache ? environmentFingerprint(root, tsconfig) : "";
  const key =
    cache && hashes
      ? resultKey({
          config,
          registry,
          asOf,
          root,
          tsconfig,
          packFiles,
          packHashes,
          environment,
          hashes,
          options,
          loaderFindings: findings,
          ...(changes ? { changedLines: changedLinesKey(changes) } : {}),
        })
      : undefined;
  const replay = cache && key !== undefined ? cache.result(key, (file) => hashFile(file) ?? "absent") : undefined;
  if (replay) {
    note(`cache ${cache!.file}: results replayed (nothing they depend on changed)`);
    progress({ phase: "cache", done: 1, total: 1 });
    const baselined = applyBaseline(
      replay.findings,
      options,
      cwd,
      root,
      errors,
      baselineScope(options, options.shard ? planShard(root, files, options.shard).owns : undefined),
    );
    cache!.save(note);
    return {
      ...judgedWith,
      findings: baselined.findings,
      fields: replay.fields,
      flows: replay.flows,
      baselined: baselined.dropped,
      unchanged: replay.unchanged,
      ...(baselined.stale ? { staleBaseline: baselined.stale } : {}),
      stats: { files: replay.files, timings },
      ...(replay.diffFilter ? { diffFilter: replay.diffFilter } : {}),
      ...(replay.shard ? { shard: replay.shard } : {}),
      replayed: true,
      inputs,
    };
  }

  const analysis = await analyseProject({
    base: { root, readScope, files, filesByKind, config, pack, registry, asOf },
    options,
    ...(changes ? { changes } : {}),
    ...(cache ? { cache } : {}),
    ...(hashes ? { hashes } : {}),
    vdxInputs,
    packKey: packKey ?? "no pack",
    environment,
    note,
    progress,
    timings,
  });
  errors.push(...analysis.errors);
  findings.push(...analysis.output.findings);

  let reported = sortFindings(findings, config.rules);
  let fields = [...analysis.output.fields].sort(compareFields);
  let flows = [...analysis.output.flows].sort(compareFlows);
  let unchanged = 0;
  if (analysis.changes) {
    const filtered = filterByChange(reported, fields, flows, analysis.changes);
    ({ findings: reported, fields, flows } = filtered);
    unchanged = filtered.left;
  }
  if (analysis.shard) {
    const owns = analysis.shard.owns;
    reported = reported.filter((f) => owns(f.location.file));
    fields = fields.filter((f) => owns(f.location.file));
    flows = flows.filter((f) => owns(f.location.file));
  }
  if (cache && key !== undefined && errors.length === 0) {
    const external = new Map(analysis.externalFiles.map((file) => [file, hashFile(file) ?? "absent"]));
    cache.storeResult(key, external, {
      findings: reported,
      fields,
      flows,
      unchanged,
      files: stats.files,
      ...(analysis.diffFilter ? { diffFilter: analysis.diffFilter } : {}),
      ...(analysis.shard ? { shard: analysis.shard.info } : {}),
    });
  }
  cache?.save(note);
  const baselined = applyBaseline(reported, options, cwd, root, errors, baselineScope(options, analysis.shard?.owns));

  return {
    ...judgedWith,
    findings: baselined.findings,
    fields,
    flows,
    baselined: baselined.dropped,
    ...(baselined.stale ? { staleBaseline: baselined.stale } : {}),
    unchanged,
    stats,
    ...(analysis.diffFilter ? { diffFilter: analysis.diffFilter } : {}),
    ...(analysis.shard ? { shard: analysis.shard.info } : {}),
    inputs,
  };
}

/** A file the walk would have scanned and did not: reported where it is, so the gap is visible. */
function refusedFileFinding(refused: RefusedFile): Finding {
  return {
    ruleId: "invalid-input",
    level: "error",
    ...findingMessage("invalid-input", "notScanned", { reason: refused.reason }),
    location: { file: refused.path, line: 1, column: 1 },
    fingerprint: `refused|${refused.kind}`,
  };
}

/**
 * Drops the findings the baseline lists and tells which of its entries no finding matches any more
 * (stale: fixed, or changed beyond recognition). Only where the run saw every finding: not in PR mode,
 * and for a shard only the entries of its own files.
 */
function applyBaseline(
  findings: Finding[],
  options: ScanOptions,
  cwd: string,
  root: string,
  errors: InputError[],
  seesAll: ((file: string) => boolean) | false,
): { findings: Finding[]; dropped: number; stale?: BaselineEntry[] } {
  if (options.baselineFile === undefined) return { findings, dropped: 0 };
  const baseline = readBaseline(resolve(cwd, options.baselineFile));
  errors.push(...baseline.errors);
  const kept = findings.filter((f) => !baseline.fingerprints.has(findingFingerprint(f, root)));
  const result = { findings: kept, dropped: findings.length - kept.length };
  if (seesAll === false) return result;
  const present = new Set(findings.map((f) => findingFingerprint(f, root)));
  const stale = baseline.entries.filter((entry) => !present.has(entry.fingerprint) && seesAll(resolve(root, entry.file)));
  return { ...result, stale };
}

/** What the pack loader leaves for the rest of the run: the cache, and the pack's files, their hashes and its key. */
interface PackCacheState {
  cache?: ScanCache;
  packFiles?: string[];
  packHashes: Map<string, string>;
  packKey?: string;
}

/** A pack loader for loadKnowledge that opens the scan cache at the config's root and loads the pack through it. */
function cachedPackLoader(options: ScanOptions, note: (message: string) => void): { load: PackLoader; state: PackCacheState } {
  const state: PackCacheState = { packHashes: new Map() };
  const load = (spec: RulePackSpec, config: VdxConfig): LoadOutcome<RulePack> => {
    const cache =
      options.cache && options.analyzers === undefined
        ? ScanCache.open(options.cache.location ?? defaultCacheLocation(config.root), config.root, note)
        : undefined;
    const packFiles = cache ? rulePackInputFiles(spec) : undefined;
    const packHashes = new Map((packFiles ?? []).map((file) => [file, hashFile(file) ?? "absent"]));
    const packKey = packFiles
      ? hashText(engineFingerprint(), JSON.stringify(spec), ...packFiles.map((file) => `${file}=${packHashes.get(file) ?? "absent"}`))
      : undefined;
    Object.assign(state, { cache, packFiles, packHashes, packKey });
    return loadPack(spec, packKey, cache, note);
  };
  return { load, state };
}

/** The rule pack, from the cache when its files are unchanged (loading and validating it is most of a small scan's start). */
function loadPack(spec: RulePackSpec, key: string | undefined, cache: ScanCache | undefined, note: (message: string) => void): LoadOutcome<RulePack> {
  if (!cache || key === undefined) return loadRulePack(spec);
  const cached = cache.pack(key);
  if (cached) return cached;
  const outcome = loadRulePack(spec);
  if (outcome.errors.length === 0) cache.storePack(key, outcome);
  else note("rule pack not cached: it has errors");
  return outcome;
}

/** Which baseline entries a run can call stale: all of them, a shard's own, or none in PR mode. */
function baselineScope(options: ScanOptions, owns: ((file: string) => boolean) | undefined): ((file: string) => boolean) | false {
  if (options.changedSince !== undefined) return false;
  return owns ?? (() => true);
}

function hashFiles(files: readonly string[]): Map<string, string> {
  return new Map(files.map((file) => [file, hashFile(file) ?? "unreadable"]));
}

/** `node_modules/.cache/vdx` under the scan root, as other tools keep their caches. */
function defaultCacheLocation(root: string): string {
  return join(root, "node_modules", ".cache", "vdx");
}

function checkShard(shard: { index: number; count: number }): string | undefined {
  if (!Number.isInteger(shard.count) || shard.count < 1) return `--shard: the number of shards must be a whole number of at least 1 (found ${shard.count})`;
  if (!Number.isInteger(shard.index) || shard.index < 1 || shard.index > shard.count)
    return `--shard: the shard must be between 1 and ${shard.count} (found ${shard.index})`;
  return undefined;
}

function sortFindings(findings: Finding[], rules: Record<string, "error" | "warn" | "off">): Finding[] {
  return dedupeFindings(applyRuleSeverities(findings, rules).sort(compareFindings));
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
