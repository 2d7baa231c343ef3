import type ts from "typescript";
import type { ProjectKnowledge } from "../project/knowledge.js";
import { compareText, normalise } from "../file-paths.js";

/** The files of a program state the CLI would analyse. */
export interface ProjectFiles {
  /** Their paths, in program order (what the core's analyses take). */
  paths: readonly string[];
  /** Their `SourceFile`s, in program order. */
  inProgramOrder: readonly ts.SourceFile[];
  /**
   * The `SourceFile`s whose declarations the CLI classifies — these and the project's own `.d.ts` files — in
   * the order it hands their fields to the field index (by path).
   */
  inFieldOrder: readonly ts.SourceFile[];
}

interface Listing {
  names: readonly string[];
  /** Positions in `getSourceFiles()` of the files in scope, in program order. */
  inProgramOrder: readonly number[];
  /** Positions of the files whose declarations are classified (own sources and own `.d.ts`), in path order. */
  classifiedInPathOrder: readonly number[];
  paths: readonly string[];
}

const lastByKnowledge = new WeakMap<ProjectKnowledge, Listing>();

/**
 * The project's own sources in `program` (not declaration files, not
 * packages) that the config puts in scope. Which files those are depends on
 * their names only, and an edit changes no name: the listing of the last
 * program state (scope tests, sorting) is reused while `getSourceFiles()`
 * names the same files in the same order.
 */
export function projectFilesOf(program: ts.Program, knowledge: ProjectKnowledge): ProjectFiles {
  const all = program.getSourceFiles();
  let listing = lastByKnowledge.get(knowledge);
  if (!listing || !sameNames(listing.names, all)) lastByKnowledge.set(knowledge, (listing = list(all, knowledge)));
  return {
    paths: listing.paths,
    inProgramOrder: listing.inProgramOrder.map((i) => all[i]!),
    inFieldOrder: listing.classifiedInPathOrder.map((i) => all[i]!),
  };
}

/** A source of the project itself: not a declaration file, not a package. */
export function isOwnSource(sourceFile: ts.SourceFile): boolean {
  return !sourceFile.isDeclarationFile && !sourceFile.fileName.includes("/node_modules/");
}

/** A file of the project itself whose declarations vdx classifies: its sources and its own `.d.ts` files. */
export function isOwnDeclarationSource(sourceFile: ts.SourceFile): boolean {
  return !sourceFile.fileName.includes("/node_modules/");
}

function list(all: readonly ts.SourceFile[], knowledge: ProjectKnowledge): Listing {
  const inProgramOrder: number[] = [];
  const classified: number[] = [];
  all.forEach((sourceFile, i) => {
    if (!isOwnDeclarationSource(sourceFile) || !knowledge.inScope(normalise(sourceFile.fileName))) return;
    classified.push(i);
    if (isOwnSource(sourceFile)) inProgramOrder.push(i);
  });
  const pathOf = (i: number) => normalise(all[i]!.fileName);
  const byPath = (a: number, b: number) => compareText(pathOf(a), pathOf(b));
  return { names: all.map((sf) => sf.fileName), inProgramOrder, classifiedInPathOrder: classified.sort(byPath), paths: inProgramOrder.map(pathOf) };
}

function sameNames(names: readonly string[], files: readonly ts.SourceFile[]): boolean {
  return names.length === files.length && files.every((sf, i) => sf.fileName === names[i]);
}
