import type ts from "typescript";

type TS = typeof ts;

/**
 * A program made of one source file and nothing else: no lib, no imports
 * resolved. It is what "without type information" means for vdx: the core
 * runs unchanged, and sees exactly what the file itself says (its literal
 * URLs, its VSS path strings, its own `@vdx` annotations). Everything that
 * would need another file stays unknown, so the rules built on it say
 * nothing they cannot back. Parsing one file costs about what the ESLint
 * parser already paid; binding and checking are lazy and file-local.
 */
export function createSingleFileProgram(typescript: TS, fileName: string, text: string): ts.Program {
  const options: ts.CompilerOptions = {
    noLib: true,
    noResolve: true,
    types: [],
    allowJs: true,
    checkJs: false,
    jsx: typescript.JsxEmit.Preserve,
    target: typescript.ScriptTarget.Latest,
    module: typescript.ModuleKind.ESNext,
    moduleResolution: typescript.ModuleResolutionKind.Bundler,
    noEmit: true,
  };
  const sourceFile = typescript.createSourceFile(fileName, text, typescript.ScriptTarget.Latest, true, scriptKindOf(typescript, fileName));
  const host: ts.CompilerHost = {
    getSourceFile: (name) => (name === fileName ? sourceFile : undefined),
    getDefaultLibFileName: () => "lib.d.ts",
    writeFile: () => undefined,
    getCurrentDirectory: () => "/",
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    fileExists: (name) => name === fileName,
    readFile: (name) => (name === fileName ? text : undefined),
  };
  return typescript.createProgram({ rootNames: [fileName], options, host });
}

function scriptKindOf(typescript: TS, fileName: string): ts.ScriptKind {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".tsx")) return typescript.ScriptKind.TSX;
  if (lower.endsWith(".jsx")) return typescript.ScriptKind.JSX;
  if (/\.[cm]?js$/.test(lower)) return typescript.ScriptKind.JS;
  return typescript.ScriptKind.TS;
}
