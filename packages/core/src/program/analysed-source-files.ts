import type ts from "typescript";
import { posixPath } from "../paths/report-paths.js";

/**
 * The `SourceFile`s of the analysed `files` in `program`, in program order: the caller's own list when it
 * has one (an editor re-linting, which keeps it from state to state), else looked up by name.
 */
export function analysedSourceFiles(program: ts.Program, files: readonly string[], given?: readonly ts.SourceFile[]): readonly ts.SourceFile[] {
  if (given) return given;
  const wanted = new Set(files.map(posixPath));
  return program.getSourceFiles().filter((sf) => wanted.has(posixPath(sf.fileName)));
}
