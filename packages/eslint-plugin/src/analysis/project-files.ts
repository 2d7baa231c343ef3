import type ts from "typescript";
import type { ProjectKnowledge } from "../project/knowledge.js";
import { compareText, normalise } from "../file-paths.js";

/** The files of a program state the CLI would analyse. */
export interface ProjectFiles {
  /** Their paths, in program order (what the core's analyses take). */
  paths: readonly string[];
  /** Their `SourceFile`s, in program order. */
  inProgramOrder: readonly ts.SourceFile[];
  /** Their `SourceFile`s in the order the CLI hands their fields to the field index (by path). */
  inFieldOrder: readonly ts.SourceFile[];
}

interface Listing {
  names: readonly string[];
  /** Positions in `getSourceFiles()` of the files in scope, in program order and in path order. */
  inProgramOrder: readonly number[];
  inPathOrder: readonly number[];
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
    inFieldOrder: listing.inPathOrder.map((i) => all[i]!),
  };
}

/** A source of the project itself: not a declaration file, not a package. */
export function isOwnSource(sourceFile: ts.SourceFile): boolean {
  return !sourceFile.isDeclarationFile && !sourceFile.fileName.includes("/node_modules/");
}

function list(all: readonly ts.SourceFile[], knowledge: ProjectKnowledge): Listing {
  const inProgramOrder: number[] = [];
  all.forEach((sourceFile, i) => {
    if (isOwnSource(sourceFile) && knowledge.inScope(normalise(sourceFile.fileName))) inProgramOrder.push(i);
  });
  const pathOf = (i: number) => normalise(all[i]!.fileName);
  const inPathOrder = [...inProgramOrder].sort((a, b) => compareText(pathOf(a), pathOf(b)));
  return { names: all.map((sf) => sf.fileName), inProgramOrder, inPathOrder, paths: inProgramOrder.map(pathOf) };
}

function sameNames(names: readonly string[], files: readonly ts.SourceFile[]): boolean {
  return names.length === files.length && files.every((sf, i) => sf.fileName === names[i]);
}
