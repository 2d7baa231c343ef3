import type ts from "typescript";
import { dirname, join } from "node:path";

type TS = typeof ts;

/** Every fixture program lives under this root; keys of `files` are relative to it. */
export const ROOT = "/project";

const libCache = new WeakMap<TS, Map<string, ts.SourceFile>>();

export interface InMemoryOptions {
  /** Load TypeScript's real lib (`lib.es2022` + `lib.dom`): slower, but declares `fetch`, `URL`, `WebSocket`… */
  withLib?: boolean;
  /** Extra compiler options (`paths`, `baseUrl`…). */
  compilerOptions?: ts.CompilerOptions;
  /** The previous program state: unchanged files keep their `SourceFile` objects, as in an editor. */
  oldProgram?: ts.Program;
}

/**
 * A program over a map of files, built with the given TypeScript copy (ts-morph's, as the CLI does, or the
 * workspace `typescript`, as the ESLint plugin does). Packages are stubbed by writing
 * `node_modules/<pkg>/index.d.ts`; without a stub an import stays unresolved, which the matcher must handle too.
 */
export function createInMemoryProgram(ts: TS, files: Record<string, string>, options: InMemoryOptions = {}): ts.Program {
  const absolute = new Map(Object.entries(files).map(([name, text]) => [join(ROOT, name), text]));
  const directories = new Set<string>();
  for (const file of absolute.keys()) for (let d = dirname(file); d !== "/" && !directories.has(d); d = dirname(d)) directories.add(d);
  const compilerOptions: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowJs: true,
    checkJs: false,
    strict: true,
    esModuleInterop: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    ...(options.withLib ? { lib: ["lib.es2022.d.ts", "lib.dom.d.ts"] } : { noLib: true }),
    ...options.compilerOptions,
  };
  const previous = options.oldProgram;
  let libs = libCache.get(ts);
  if (!libs) libCache.set(ts, (libs = new Map()));
  const libDirectory = dirname(ts.getDefaultLibFilePath(compilerOptions));
  const host: ts.CompilerHost = {
    getSourceFile(fileName, languageVersion) {
      const text = absolute.get(fileName);
      const old = previous?.getSourceFile(fileName);
      if (text !== undefined && old?.text === text) return old;
      if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
      if (!fileName.startsWith(libDirectory)) return undefined;
      let lib = libs.get(fileName);
      if (!lib) {
        const libText = ts.sys.readFile(fileName);
        if (libText === undefined) return undefined;
        lib = ts.createSourceFile(fileName, libText, languageVersion, true);
        libs.set(fileName, lib);
      }
      return lib;
    },
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    writeFile: () => undefined,
    getCurrentDirectory: () => ROOT,
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    fileExists: (f) => absolute.has(f) || (f.startsWith(libDirectory) && ts.sys.fileExists(f)),
    readFile: (f) => absolute.get(f) ?? (f.startsWith(libDirectory) ? ts.sys.readFile(f) : undefined),
    directoryExists: (d) => directories.has(d) || d.startsWith(libDirectory),
    getDirectories: () => [],
  };
  const roots = [...absolute.keys()].filter((f) => !f.includes("/node_modules/"));
  return ts.createProgram({ rootNames: roots, options: compilerOptions, host, ...(previous ? { oldProgram: previous } : {}) });
}

export function sourceFileOf(program: ts.Program, name: string): ts.SourceFile {
  const file = program.getSourceFile(join(ROOT, name));
  if (!file) throw new Error(`fixture file ${name} is not in the program`);
  return file;
}
