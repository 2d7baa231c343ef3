import type ts from "typescript";
import type { SinkModel } from "../../model/pack.js";
import type { TS } from "../values/typescript-module.js";
import { callFactsOf } from "./call-facts.js";
import { compileSinkModel, type CompiledSinkModel } from "./compiled-model.js";
import { finalNames } from "./member-path.js";
import { fileListStep } from "../../program/file-list-step.js";
import { PackageIndex } from "./package-index.js";

/** The catalogue's models a program can match, indexed for the matcher. */
export interface ProgramModels {
  /** Models of the packages the program imports, and the global ones, in catalogue order. */
  compiled: readonly CompiledSinkModel[];
  /** Models whose access path ends in a given member or function name. */
  byFinalName: ReadonlyMap<string, readonly CompiledSinkModel[]>;
  /** Models whose access path can end in any name (`*`). */
  anyFinalName: readonly CompiledSinkModel[];
  order: ReadonlyMap<CompiledSinkModel, number>;
  modelById: ReadonlyMap<string, CompiledSinkModel>;
  /** Identifies `compiled` (results matched with other models are not reused). */
  key: string;
  /** Models that could not be compiled (bad member path or selector); they never match. */
  problems: readonly { model: string; message: string }[];
}

interface CompiledCatalogue {
  all: CompiledSinkModel[];
  /** The models by package name: what a set of imports enables is found without trying every model. */
  byPackage: PackageIndex<CompiledSinkModel>;
  problems: { model: string; message: string }[];
  /** By the sorted list of imported package names (a program state rarely changes it). */
  byImports: Map<string, ProgramModels>;
  /** The files of the last program state and the packages they import. */
  last?: { files: readonly ts.SourceFile[]; importKey: string };
}

const catalogues = new WeakMap<readonly SinkModel[], CompiledCatalogue>();
const MAX_IMPORT_SETS = 16;

/**
 * Compiling the catalogue (access paths, package globs) and indexing it is
 * the same work for every program state of a project: an editor creates a
 * matcher per keystroke. The compiled models are kept per catalogue, and the
 * index per catalogue and set of imported packages.
 */
export function programModels(ts: TS, program: ts.Program, sinks: readonly SinkModel[]): ProgramModels {
  let catalogue = catalogues.get(sinks);
  if (!catalogue) catalogues.set(sinks, (catalogue = compileCatalogue(sinks)));
  const files = program.getSourceFiles();
  const importKey = catalogue.last && sameImports(ts, catalogue.last.files, files) ? catalogue.last.importKey : importKeyOf(ts, files);
  catalogue.last = { files, importKey };
  let models = catalogue.byImports.get(importKey);
  if (!models) {
    if (catalogue.byImports.size >= MAX_IMPORT_SETS) catalogue.byImports.clear();
    catalogue.byImports.set(importKey, (models = indexModels(catalogue, new Set(importKey.split("\n").filter(Boolean)))));
  }
  return models;
}

function importKeyOf(ts: TS, files: readonly ts.SourceFile[]): string {
  const imported = new Set<string>();
  for (const sourceFile of files) {
    if (!sourceFile.isDeclarationFile) for (const name of callFactsOf(ts, sourceFile).imports) imported.add(name);
  }
  return [...imported].sort().join("\n");
}

/** The same files, position by position, except some whose own imports are the same (an edit). */
function sameImports(ts: TS, before: readonly ts.SourceFile[], after: readonly ts.SourceFile[]): boolean {
  const step = fileListStep(before, after);
  return (
    step.edit &&
    step.came.every((file, i) => {
      const was = step.left[i]!;
      const x = callFactsOf(ts, was).imports;
      const y = callFactsOf(ts, file).imports;
      return was.isDeclarationFile === file.isDeclarationFile && x.size === y.size && [...x].every((name) => y.has(name));
    })
  );
}

function compileCatalogue(sinks: readonly SinkModel[]): CompiledCatalogue {
  const all: CompiledSinkModel[] = [];
  const problems: { model: string; message: string }[] = [];
  for (const model of sinks) {
    const result = compileSinkModel(model);
    if (result.ok) all.push(result.compiled);
    else for (const message of result.problems) problems.push({ model: model.id, message });
  }
  return { all, byPackage: new PackageIndex(all, (m) => m.packageSpec), problems, byImports: new Map() };
}

function indexModels(catalogue: CompiledCatalogue, imported: ReadonlySet<string>): ProgramModels {
  // Only models of packages the program imports can match (globals always can).
  const compiled = catalogue.byPackage.entriesFor(imported);
  const byFinalName = new Map<string, CompiledSinkModel[]>();
  const anyFinalName: CompiledSinkModel[] = [];
  for (const model of compiled) {
    const names = finalNames(model.pattern);
    if (names === "*") anyFinalName.push(model);
    else for (const name of names) byFinalName.set(name, [...(byFinalName.get(name) ?? []), model]);
  }
  return {
    compiled,
    byFinalName,
    anyFinalName,
    order: new Map(compiled.map((m, i) => [m, i])),
    modelById: new Map(compiled.map((m) => [m.model.id, m])),
    key: compiled.map((m) => m.model.id).join(","),
    problems: catalogue.problems,
  };
}
