import ts from "typescript";

/**
 * A program of one in-memory file with no lib and no types: enough for the classifier's checker
 * questions, and cheap, so that tests count the classifier's work rather than the library's.
 */
export function oneFileProgram(fileName: string, text: string): ts.Program {
  const options: ts.CompilerOptions = { noEmit: true, target: ts.ScriptTarget.ES2022, strict: true, noLib: true, types: [] };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => (name === fileName ? ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true) : read(name, version));
  host.fileExists = (name) => name === fileName;
  return ts.createProgram([fileName], options, host);
}
