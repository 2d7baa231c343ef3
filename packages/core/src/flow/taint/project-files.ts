import type ts from "typescript";

const namesByFileList = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * Whether a file of `program` is one of the analysed files. By name, with the names kept per list of
 * files: an editor hands the same list to every re-lint, so no set of every `SourceFile` per keystroke.
 */
export function projectFileTest(program: ts.Program, files: readonly string[], sourceFiles: readonly ts.SourceFile[]): (file: ts.SourceFile) => boolean {
  let names = namesByFileList.get(files);
  if (!names) namesByFileList.set(files, (names = new Set(sourceFiles.map((sf) => sf.fileName))));
  const known = names;
  const answers = new Map<ts.SourceFile, boolean>();
  return (file) => {
    let answer = answers.get(file);
    if (answer === undefined) answers.set(file, (answer = known.has(file.fileName) && program.getSourceFile(file.fileName) === file));
    return answer;
  };
}
