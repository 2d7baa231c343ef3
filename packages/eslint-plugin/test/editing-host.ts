import ts from "typescript";

/**
 * Program states of a few in-memory files, moving from state to state the
 * way an editor's language service does: a host that hands out the same
 * `SourceFile` for the same text, and each program built from the last.
 */
export function editingHost(texts: Map<string, string>, rootNames: readonly string[], extraOptions: ts.CompilerOptions = {}) {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    types: [],
    ...extraOptions,
  };
  const base = ts.createCompilerHost(options);
  const sourceFiles = new Map<string, ts.SourceFile>();
  const host: ts.CompilerHost = {
    ...base,
    readFile: (name) => texts.get(name) ?? base.readFile(name),
    fileExists: (name) => texts.has(name) || base.fileExists(name),
    getSourceFile: (name, languageVersion) => {
      const text = texts.get(name) ?? base.readFile(name);
      if (text === undefined) return undefined;
      const key = `${name}\u0000${text}`;
      let sourceFile = sourceFiles.get(key);
      if (!sourceFile) sourceFiles.set(key, (sourceFile = ts.createSourceFile(name, text, languageVersion, true)));
      return sourceFile;
    },
  };
  let program = ts.createProgram({ rootNames, options, host });
  return {
    get program() {
      return program;
    },
    /** The next state after `file` got `text` (undefined: its text on disk again). */
    edit(file: string, text: string | undefined) {
      if (text === undefined) texts.delete(file);
      else texts.set(file, text);
      program = ts.createProgram({ rootNames, options, host, oldProgram: program });
    },
  };
}
