import type ts from "typescript";
import { changesWhatEveryFileSees, compilerOptionsKey, fileListStep } from "@vdx/core";
import type { ProjectKnowledge } from "../project/knowledge.js";
import type { FileClassification } from "./declaration-classifications.js";

type TS = typeof ts;

/** The classifications of every project file in the last program state, and which files each one read. */
interface Snapshot {
  /** `getSourceFiles()` of that state. */
  allFiles: readonly ts.SourceFile[];
  options: string;
  files: readonly ts.SourceFile[];
  results: readonly FileClassification[];
  positions: ReadonlyMap<string, number>;
  /** File name → names of the files whose classification depends on it (its importers, transitively). */
  dependents: Map<string, Set<string>>;
}

/** More changed files than this in one step: not an edit, classify the usual way. */
const MAX_CHANGED = 16;

const snapshots = new WeakMap<ProjectKnowledge, Snapshot>();

/**
 * Carrying the whole project's classifications from one program state to
 * the next. An editor's next state differs by the edited file; asking the
 * per-file reuse rule (`createReuseScope`) for each of thousands of files
 * costs more than the edit's own work. A file's classification can only
 * change when the file or something it depends on changed (its imports,
 * transitively; and the files every file sees, after which this gives up):
 * the snapshot keeps who depends on what, so a step re-examines the changed
 * files and their dependents and carries every other result over.
 */
export const classificationSnapshots = {
  /** The last state's results with the positions to re-examine, or undefined when this state is not one edit away. */
  carryOver(
    typescript: TS,
    knowledge: ProjectKnowledge,
    program: ts.Program,
    files: readonly ts.SourceFile[],
  ): { results: FileClassification[]; recheck: number[] } | undefined {
    const snapshot = snapshots.get(knowledge);
    const all = program.getSourceFiles();
    if (files.length !== snapshot?.files.length) return undefined;
    const step = fileListStep(snapshot.allFiles, all);
    if (!step.edit || step.came.length > MAX_CHANGED) return undefined;
    if ([...step.left, ...step.came].some((file) => changesWhatEveryFileSees(typescript, file))) return undefined;
    const changed = step.came.map((file) => file.fileName);
    if (changed.length > 0 && compilerOptionsKey(program) !== snapshot.options) return undefined;
    const recheck = new Set<number>();
    for (const name of changed) {
      for (const affected of [name, ...(snapshot.dependents.get(name) ?? [])]) {
        const position = snapshot.positions.get(affected);
        if (position !== undefined) recheck.add(position);
      }
    }
    return { results: [...snapshot.results], recheck: [...recheck].sort((a, b) => a - b) };
  },

  /**
   * Remembers this state's results. `examined` are the files whose results were computed or checked in
   * this state (all of them after a full pass); their dependencies are read from the reuse store.
   */
  record(
    knowledge: ProjectKnowledge,
    program: ts.Program,
    files: readonly ts.SourceFile[],
    results: readonly FileClassification[],
    examined: readonly ts.SourceFile[],
    dependenciesOf: (file: ts.SourceFile) => readonly ts.SourceFile[] | undefined,
  ): void {
    const previous = snapshots.get(knowledge);
    const full = examined.length === files.length;
    if (!previous && !full) return;
    const dependents = full ? new Map<string, Set<string>>() : previous!.dependents;
    for (const file of examined) {
      const dependencies = dependenciesOf(file);
      // A result whose dependencies are unknown could go stale unnoticed: keep no snapshot.
      if (!dependencies) {
        snapshots.delete(knowledge);
        return;
      }
      for (const dependency of dependencies) {
        if (dependency === file) continue;
        let names = dependents.get(dependency.fileName);
        if (!names) dependents.set(dependency.fileName, (names = new Set()));
        names.add(file.fileName);
      }
    }
    snapshots.set(knowledge, {
      allFiles: program.getSourceFiles(),
      options: compilerOptionsKey(program),
      files,
      results,
      positions: full || !previous ? new Map(files.map((file, i) => [file.fileName, i])) : previous.positions,
      dependents,
    });
  },
};
