import type ts from "typescript";
import type { RulePack } from "../../model/pack.js";
import type { AnalysisContext, AnalyzerOutput } from "../types.js";
import { openScanProject, type TS } from "../../program/create-scan-program.js";
import { tsMorph } from "../../program/ts-morph-module.js";
import { posixPath } from "../../paths/report-paths.js";
import { analyseFocused } from "./focused-analysis.js";
import { ProjectGraph } from "./project-graph.js";
import type { FileProfile, ProfileSource } from "./file-profile.js";
import type { ClassificationStore } from "../cache/scan-cache.js";
import type { ChangeView } from "./focus-growth.js";

export interface FocusedTypeScriptOptions {
  /** Files whose findings are wanted. */
  focus: readonly string[];
  /** PR mode: findings elsewhere whose flow passes through these changed lines are wanted too. */
  change?: ChangeView;
  profiles: ProfileSource;
  /** Functions known to be called (the cache's confirmed callers), given the project's graph. */
  knownCalled?(graph: ProjectGraph): (file: string, pos: number) => boolean;
  /** The cache's resolved imports. */
  imports?: ImportCache;
  /** The cache's classified declarations, given the project's graph. */
  classifications?(graph: ProjectGraph): ClassificationStore;
}

export interface FocusedTypeScript {
  output: AnalyzerOutput;
  /** Where the focus ended, the files the program loaded, and the rounds it took (verbose output, tests). */
  focus: string[];
  loaded: number;
  rounds: number;
  externalFiles: string[];
  classifications: { classified: number; reused: number };
}

/**
 * The TypeScript half of a PR check or of a shard: the files every program needs (scripts, declaration
 * files, global augmentations, SDK configuration calls such as `Sentry.init`, which decide where
 * captures elsewhere go) plus the focus, grown as `analyseFocused` finds it must.
 */
export function focusedTypeScript(context: AnalysisContext, options: FocusedTypeScriptOptions): FocusedTypeScript {
  const { ts } = tsMorph() as unknown as { ts: TS };
  const tsconfig = context.config.tsconfig;
  const project = openScanProject({ root: context.root, ...(tsconfig !== undefined ? { tsconfig } : {}) }, { tsconfigFiles: false });
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion, @typescript-eslint/no-unsafe-enum-assignment -- ts-morph's TypeScript and the workspace's are distinct types to the root tsconfig's check
  const compilerOptions = project.compilerOptions() as ts.CompilerOptions;
  const tsconfigFiles = tsconfigFileNames(ts, project.build().tsconfig);
  const profiled = [...new Set([...context.filesByKind.typescript.map(posixPath), ...tsconfigFiles])].sort();
  const profiles = new Map<string, FileProfile>();
  for (const file of profiled) {
    const profile = options.profiles(file);
    // An unreadable file is reported by the source check and never loaded.
    if (profile) profiles.set(file, profile);
  }
  const files = [...profiles.keys()];
  const graph = new ProjectGraph(ts, compilerOptions, profiles, options.imports?.known(compilerOptions, files));
  options.imports?.store(compilerOptions, files, graph);
  const alwaysLoaded = [...graph.alwaysLoaded(), ...configurationCallFiles(context.pack, profiles)];
  const result = analyseFocused(context, project, graph, {
    focus: options.focus,
    ...(options.change ? { change: options.change } : {}),
    alwaysLoaded: [...new Set(alwaysLoaded)].sort(),
    tsconfigFiles: new Set(tsconfigFiles),
    ...(options.knownCalled ? { knownCalled: options.knownCalled(graph) } : {}),
    ...(options.classifications ? { classifications: options.classifications(graph) } : {}),
  });
  return {
    output: { findings: result.findings, fields: result.fields, flows: result.flows },
    focus: result.focus,
    loaded: result.loaded,
    rounds: result.rounds,
    externalFiles: result.externalFiles,
    classifications: result.classifications,
  };
}

/** Resolved imports kept between runs (valid for unchanged files when options and the file list are unchanged). */
export interface ImportCache {
  known(options: object, files: readonly string[]): ((file: string) => readonly string[] | undefined) | undefined;
  store(options: object, files: readonly string[], graph: ProjectGraph): void;
}

/** The files of the tsconfig's own list (outside node_modules), as the compiler reads them. */
export function tsconfigFileNames(ts: TS, tsconfig: string | undefined): string[] {
  if (tsconfig === undefined) return [];
  const host: ts.ParseConfigFileHost = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined };
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, { noEmit: true }, host);
  return (parsed?.fileNames ?? []).filter((file) => !/[\\/]node_modules[\\/]/.test(file)).map(posixPath);
}

/**
 * Files that may configure an SDK for the whole program (`Sentry.init({ dsn })`): the sink matcher
 * reads every such call of the program to place captures anywhere, so every focused program has them.
 * Recognised by the configuring member's last name among the file's calls (a wrapper module that
 * re-exports the SDK is still caught: the call's name is what counts).
 */
function configurationCallFiles(pack: RulePack, profiles: ReadonlyMap<string, FileProfile>): string[] {
  const names = new Set<string>();
  let anyName = false;
  for (const model of pack.sinks) {
    if (!model.configuredBy) continue;
    const last = model.configuredBy.member.split(/[.#]/).pop() ?? "";
    if (last === "" || /[*()]/.test(last)) anyName = true;
    else names.add(last);
  }
  if (names.size === 0 && !anyName) return [];
  return [...profiles].filter(([, profile]) => (anyName && profile.calls.length > 0) || profile.calls.some((name) => names.has(name))).map(([file]) => file);
}
