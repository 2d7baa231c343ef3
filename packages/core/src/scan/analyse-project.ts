import { relative } from "node:path";
import type { InputError } from "../input/positioned-document.js";
import type { ScanCache } from "./cache/scan-cache.js";
import { hashText } from "./cache/fingerprints.js";
import type { Finding } from "../model/finding.js";
import type { ClassifiedField } from "../model/schema-field.js";
import { storeByFile } from "./focused/round-classification.js";
import { parseProfile, type ProfileSource } from "./focused/file-profile.js";
import { pullRequestAnalyzer, shardAnalyzer, type FocusedAnalyzerOptions } from "./focused/focused-analyzers.js";
import { tsconfigFileNames } from "./focused/focused-typescript.js";
import { externalFilesOf } from "./focused/focused-analysis.js";
import { ProjectGraph } from "./focused/project-graph.js";
import type { ImportCache } from "./focused/focused-typescript.js";
import { programForScan } from "../program/program-for-scan.js";
import { tsMorph } from "../program/ts-morph-module.js";
import { posixPath } from "../paths/report-paths.js";
import type { TS } from "../program/create-scan-program.js";
import { ANALYZERS } from "./analyzers.js";
import { schemaAnalyzer } from "./schema-analyzer.js";
import type { ChangedLines } from "./changed-lines.js";
import { runAnalyzers, type CombinedOutput } from "./run-analyzers.js";
import { planShard, type ShardPlan } from "./shard-units.js";
import type { AnalysisContext, Analyzer, DiffFilter, ScanOptions, ScanProgress } from "./types.js";

export interface ProjectAnalysis {
  output: CombinedOutput;
  /** PR mode: the changed lines findings are filtered by (absent when every finding is reported). */
  changes?: ChangedLines;
  diffFilter?: DiffFilter;
  shard?: ShardPlan;
  /** Installed declaration files the analysis read (the cache's replay check). */
  externalFiles: string[];
  errors: InputError[];
}

export interface AnalysisSetup {
  base: Omit<AnalysisContext, "fields" | "report">;
  options: ScanOptions;
  /** PR mode: the lines changed since `options.changedSince`. */
  changes?: ChangedLines;
  cache?: ScanCache;
  /** Content hash of every collected file (with a cache). */
  hashes?: ReadonlyMap<string, string>;
  /** Identifies the rule pack (its files' content and vdx's build). */
  packKey: string;
  /** What the program reads outside the project (lockfiles, `@types`, tsconfig chain); "" without a cache. */
  environment: string;
  /** Files whose change makes every finding reportable: config, registry, rule pack, tsconfig. */
  vdxInputs: readonly string[];
  note(message: string): void;
  progress(progress: ScanProgress): void;
  timings: Record<string, number>;
}

/**
 * Runs the analysers the options ask for: the whole project; a PR check (`changedSince`: the schemas,
 * then TypeScript focused on the change); or one shard (`shard`: TypeScript focused on its packages).
 * With a cache, a whole-project run also records what later PR checks and shards reuse: each file's
 * profile and the callers the flow analysis confirmed.
 */
export async function analyseProject(setup: AnalysisSetup): Promise<ProjectAnalysis> {
  const { base, options } = setup;
  const externalFiles = new Set<string>();
  const changes = setup.changes;
  if (options.changedSince !== undefined && changes) {
    const diff: DiffFilter = { ref: options.changedSince, changedFiles: changes.files.size };
    const input = setup.vdxInputs.find((file) => changes.files.has(file));
    if (input !== undefined) {
      diff.unfilteredBecause = `${relative(base.root, input) || input} changed`;
      setup.note(`PR mode reports every finding: ${diff.unfilteredBecause}`);
      return { ...(await wholeProject(setup)), diffFilter: diff };
    }
    // Custom analysers (tests, library users) run over the whole project; their findings are filtered the same way.
    if (options.analyzers) return { ...(await wholeProject(setup)), changes, diffFilter: diff };
    const analyzers = [schemaAnalyzer, pullRequestAnalyzer(changes, focusedOptions(setup, externalFiles))];
    const output = await runAnalyzers(withProgress(analyzers, setup), base, setup.timings);
    return { output, changes, diffFilter: diff, externalFiles: [...externalFiles].sort(), errors: [] };
  }
  if (options.shard !== undefined) {
    const shard = planShard(base.root, base.files, options.shard);
    if (options.analyzers) return { ...(await wholeProject(setup)), shard };
    const analyzers = [schemaAnalyzer, shardAnalyzer(shard.owns, focusedOptions(setup, externalFiles))];
    const output = await runAnalyzers(withProgress(analyzers, setup), base, setup.timings);
    return { output, shard, externalFiles: [...externalFiles].sort(), errors: [] };
  }
  return wholeProject(setup);
}

/** Every registered analyser over the whole project; with a cache, the run's facts are recorded for PR checks and shards. */
async function wholeProject(setup: AnalysisSetup): Promise<Omit<ProjectAnalysis, "diffFilter">> {
  const { base, cache, hashes } = setup;
  const witnesses: { unitFile: string; pos: number; callerFile: string }[] = [];
  const observer = cache
    ? { callerConfirmed: (unitFile: string, pos: number, callerFile: string) => void witnesses.push({ unitFile, pos, callerFile }) }
    : undefined;
  let classified: { fields: readonly ClassifiedField[]; findings: readonly Finding[]; schemaFields: readonly ClassifiedField[] } | undefined;
  const recordClassified = (schemaFields: readonly ClassifiedField[]) => (fields: readonly ClassifiedField[], findings: readonly Finding[]) =>
    void (classified = { fields, findings, schemaFields });
  const analyzers = (setup.options.analyzers ?? ANALYZERS).map((analyzer): Analyzer =>
    cache && analyzer.id === "flow"
      ? { id: analyzer.id, run: (context) => analyzer.run({ ...context, classified: recordClassified(context.fields) }) }
      : analyzer,
  );
  const output = await runAnalyzers(withProgress(analyzers, setup), { ...base, ...(observer ? { observer } : {}) }, setup.timings);
  const hasTypeScript = base.filesByKind.typescript.length > 0 && setup.options.analyzers === undefined;
  const externalFiles = cache && hasTypeScript ? externalFilesOf(programForScan(base)) : [];
  if (cache && hashes && hasTypeScript) {
    setup.progress({ phase: "cache" });
    const graph = projectGraph(base, cache.profileSource(typeScript(), hashes), importCache(cache, posixKeys(hashes), setup.environment));
    cache.recordWitnesses(
      witnesses.map((w) => ({ ...w, unitFile: posixPath(w.unitFile), callerFile: posixPath(w.callerFile) })),
      graph,
      posixKeys(hashes),
    );
    if (classified) {
      const store = cache.classifications(graph, posixKeys(hashes), classificationContext(setup, classified.schemaFields));
      const program = new Set(programForScan(base).files.map(posixPath));
      const files = base.filesByKind.typescript.map(posixPath).filter((file) => program.has(file));
      storeByFile(store, files, classified.fields, classified.findings);
    }
  }
  return { output, externalFiles, errors: [] };
}

function focusedOptions(setup: AnalysisSetup, externalFiles: Set<string>): FocusedAnalyzerOptions {
  const { cache, hashes } = setup;
  const profiles: ProfileSource = cache && hashes ? cache.profileSource(typeScript(), posixKeys(hashes)) : (file) => parseProfile(typeScript(), file);
  return {
    profiles,
    ...(cache && hashes ? { knownCalled: (graph: ProjectGraph) => cache.knownCalled(graph, posixKeys(hashes)) } : {}),
    ...(cache && hashes ? { imports: importCache(cache, posixKeys(hashes), setup.environment) } : {}),
    ...(cache && hashes
      ? {
          classifications: (graph: ProjectGraph, schemaFields: readonly ClassifiedField[]) =>
            cache.classifications(graph, posixKeys(hashes), classificationContext(setup, schemaFields)),
        }
      : {}),
    note: setup.note,
    externalFiles,
  };
}

/** The project's graph as a whole-project run's program sees it (to record confirmed callers with their resolution paths). */
function projectGraph(base: AnalysisSetup["base"], profiles: ProfileSource, imports?: ImportCache): ProjectGraph {
  const built = programForScan(base);
  const files = [...new Set([...base.filesByKind.typescript.map(posixPath), ...tsconfigFileNames(built.ts, built.tsconfig)])].sort();
  const byFile = new Map(
    files.flatMap((file) => {
      const profile = profiles(file);
      return profile ? [[file, profile] as const] : [];
    }),
  );
  const options = built.program.getCompilerOptions();
  const graph = new ProjectGraph(built.ts, options, byFile, imports?.known(options, [...byFile.keys()]));
  imports?.store(options, [...byFile.keys()], graph);
  return graph;
}

/** The cache's resolved imports, keyed by compiler options, file list and installed packages. */
function importCache(cache: ScanCache, hashes: ReadonlyMap<string, string>, environment: string): ImportCache {
  const keyOf = (options: object, files: readonly string[]) => hashText("imports/1", environment, JSON.stringify(options), ...files);
  return {
    known: (options, files) => cache.knownImports(keyOf(options, files), hashes),
    store: (options, files, graph) => cache.storeImports(keyOf(options, files), graph, hashes),
  };
}

/** What TypeScript declarations are classified against besides the code: the rule pack, the schema fields, the root. */
function classificationContext(setup: AnalysisSetup, schemaFields: readonly ClassifiedField[]): string {
  return hashText(setup.packKey, setup.base.root, JSON.stringify(schemaFields));
}

function withProgress(analyzers: readonly Analyzer[], setup: AnalysisSetup): Analyzer[] {
  return analyzers.map((analyzer) => ({
    id: analyzer.id,
    run(context) {
      const total =
        analyzer.id === "schema"
          ? context.filesByKind.proto.length + context.filesByKind.schema.length + context.filesByKind.vss.length
          : context.filesByKind.typescript.length;
      setup.progress({ phase: analyzer.id === "flow" ? "flows" : analyzer.id === "schema" ? "schemas" : analyzer.id, total });
      return analyzer.run(context);
    },
  }));
}

function typeScript(): TS {
  return tsMorph().ts as unknown as TS;
}

const posixMaps = new WeakMap<ReadonlyMap<string, string>, ReadonlyMap<string, string>>();

function posixKeys(map: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  let converted = posixMaps.get(map);
  if (!converted) posixMaps.set(map, (converted = new Map([...map].map(([file, hash]) => [posixPath(file), hash]))));
  return converted;
}
