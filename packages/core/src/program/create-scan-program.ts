import { existsSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import type { FileSystemHost, Project, ts } from "ts-morph";
import { tsMorph } from "./ts-morph-module.js";
import type { InputError } from "../input/positioned-document.js";
import { guardedFileSystem } from "./guarded-source-text.js";
import { describeReadFailure, readScannedFile } from "../input/read-scanned-file.js";

/** The TypeScript module the analysis is written against (injected, never imported as a value). */
export type TS = typeof import("typescript");

export interface ScanProgramOptions {
  /** Directory relative paths resolve against (the config root). */
  root: string;
  /** tsconfig path (absolute, or relative to `root`). Absent: `root/tsconfig.json` when it exists. */
  tsconfig?: string;
  /** Files the scan collected; added to the program when the tsconfig does not include them. */
  files?: readonly string[];
}

export interface ScanProgram {
  /** ts-morph's copy of TypeScript; every node of `program` belongs to it. */
  ts: TS;
  program: import("typescript").Program;
  /** The tsconfig used, if any. */
  tsconfig?: string;
  /** Source files to analyse: the program's own (non-declaration, outside node_modules) files, absolute, sorted. */
  files: string[];
  /** Problems building the program (unreadable tsconfig…); the program is still usable. */
  errors: InputError[];
}

const ANALYSED_EXTENSIONS = new Set([".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"]);

/**
 * Builds one program per scan with ts-morph: from the project's tsconfig when
 * there is one (its `include`, `files`, `allowJs`), otherwise from the files
 * the scan collected with permissive options (JS allowed, no emit). A broken
 * tsconfig is reported with its position and the scan falls back to the files.
 */
export function createScanProgram(options: ScanProgramOptions): ScanProgram {
  const project = openScanProject(options, { tsconfigFiles: true });
  project.add(options.files ?? []);
  return project.build();
}

/**
 * A scan's program that grows: started from some files only (with the tsconfig's compiler options,
 * not its file list), it gets more files as an analysis finds it needs them (`scan/focused/`). Each
 * `build` is a new program state that reuses the unchanged files' syntax trees.
 */
export interface ScanProject {
  /** Adds scanned files as roots (what they import comes along); the same filter as a whole scan's program. */
  add(files: readonly string[]): void;
  /** Adds files of the tsconfig's own list as the tsconfig would (declaration files too). */
  addTsconfigFiles(files: readonly string[]): void;
  /** The compiler options every program state of this project is built with. */
  compilerOptions(): ts.CompilerOptions;
  build(): ScanProgram;
}

export function openScanProject(options: Omit<ScanProgramOptions, "files">, { tsconfigFiles }: { tsconfigFiles: boolean }): ScanProject {
  const { Project, ts } = tsMorph();
  const errors: InputError[] = [];
  // Every source file the program reads (listed or imported) is read through the guard: code nested too
  // deeply for TypeScript and vdx is cut there, reported once, and never takes the other files down with it.
  const fileSystem = guardedFileSystem(ts as unknown as TS, new Project({ skipAddingFilesFromTsConfig: true }).getFileSystem(), (problem) => errors.push(problem));
  const tsconfig = findTsconfig(options);
  let project: Project | undefined;
  if (tsconfig !== undefined) {
    const built = projectFromTsconfig(tsconfig, tsconfigFiles, fileSystem);
    if ("problem" in built) errors.push(built.problem);
    else project = built.project;
  }
  project ??= new Project({ compilerOptions: fallbackOptions(), skipAddingFilesFromTsConfig: true, fileSystem });
  const usable = project;
  const known = new Set(usable.getSourceFiles().map((sf) => sf.getFilePath() as string));
  return {
    add(files) {
      for (const file of files) {
        const absolute = resolve(options.root, file);
        if (!ANALYSED_EXTENSIONS.has(extname(absolute)) || known.has(absolute) || isDeclaration(absolute)) continue;
        if (isJs(absolute) && !usable.getCompilerOptions().allowJs && tsconfig !== undefined) continue;
        try {
          usable.addSourceFileAtPath(absolute);
          known.add(absolute);
        } catch (error) {
          errors.push({ file: absolute, line: 1, column: 1, message: `cannot read source file: ${firstLine(error)}` });
        }
      }
    },
    addTsconfigFiles(files) {
      for (const file of files) {
        const absolute = resolve(options.root, file);
        if (known.has(absolute)) continue;
        try {
          usable.addSourceFileAtPath(absolute);
          known.add(absolute);
        } catch (error) {
          errors.push({ file: absolute, line: 1, column: 1, message: `cannot read source file: ${firstLine(error)}` });
        }
      }
    },
    compilerOptions: () => usable.getCompilerOptions(),
    build() {
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- ts-morph's TypeScript and the workspace's are distinct types to the root tsconfig's check
      const program = usable.getProgram().compilerObject as unknown as import("typescript").Program;
      const files = program
        .getSourceFiles()
        .filter((sf) => !sf.isDeclarationFile && !/[\\/]node_modules[\\/]/.test(sf.fileName) && ANALYSED_EXTENSIONS.has(extname(sf.fileName)))
        .map((sf) => resolve(sf.fileName))
        .sort();
      return { ts: ts as unknown as TS, program, ...(tsconfig !== undefined ? { tsconfig } : {}), files, errors: [...errors] };
    },
  };
}

function findTsconfig(options: ScanProgramOptions): string | undefined {
  if (options.tsconfig !== undefined) return resolve(options.root, options.tsconfig);
  const candidate = resolve(options.root, "tsconfig.json");
  return existsSync(candidate) ? candidate : undefined;
}

/**
 * The project of a tsconfig, parsed once (by ts-morph; its parse diagnostics say whether the config is
 * usable), or the problem with line and column. "No inputs were found" (18003) is not fatal: the scan
 * adds the files it collected.
 */
function projectFromTsconfig(file: string, withFiles: boolean, fileSystem: FileSystemHost): { project: Project } | { problem: InputError } {
  const { Project } = tsMorph();
  // ts-morph reads the file whole: a tsconfig linked to a device or a FIFO would never end.
  const read = readScannedFile(file, { maxBytes: MAX_TSCONFIG_BYTES });
  if (read.kind !== "text") {
    const message = read.kind === "unreadable" && read.reason === "no such file" ? "tsconfig not found" : `cannot use tsconfig: ${describeReadFailure(read)}`;
    return { problem: { file, line: 1, column: 1, message } };
  }
  try {
    const project = new Project({ tsConfigFilePath: file, compilerOptions: { noEmit: true }, skipAddingFilesFromTsConfig: !withFiles, fileSystem });
    const fatal = project.getConfigFileParsingDiagnostics().map((d) => d.compilerObject).find(isFatal);
    // ts-morph's diagnostics of compiler options carry no position: TypeScript's positioned reader says where.
    return fatal ? { problem: tsconfigProblem(file) ?? diagnosticToError(file, fatal) } : { project };
  } catch (error) {
    // ts-morph throws on JSON it cannot read, without a position: TypeScript's own reader has one.
    return { problem: tsconfigProblem(file) ?? { file, line: 1, column: 1, message: `cannot use tsconfig: ${firstLine(error)}` } };
  }
}

const MAX_TSCONFIG_BYTES = 4 * 1024 * 1024;

function isFatal(diagnostic: ts.Diagnostic): boolean {
  const { ts } = tsMorph();
  return diagnostic.category === ts.DiagnosticCategory.Error && diagnostic.code !== 18003;
}

/** Reads the tsconfig through TypeScript's own parser of JSON source files, so errors carry line and column. */
function tsconfigProblem(file: string): InputError | undefined {
  const { ts } = tsMorph();
  const read = ts.readConfigFile(file, ts.sys.readFile);
  if (read.error) return diagnosticToError(file, read.error);
  // The JSON source file (not the plain object) keeps positions for compiler-option errors.
  const source = ts.readJsonConfigFile(file, ts.sys.readFile);
  const parsed = ts.parseJsonSourceFileConfigFileContent(source, ts.sys, dirname(file), undefined, file);
  const fatal = parsed.errors.find(isFatal);
  return fatal ? diagnosticToError(file, fatal) : undefined;
}

function diagnosticToError(file: string, diagnostic: ts.Diagnostic): InputError {
  const { ts } = tsMorph();
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
  if (diagnostic.file && diagnostic.start !== undefined) {
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return { file: diagnostic.file.fileName, line: line + 1, column: character + 1, message: `tsconfig: ${message}` };
  }
  return { file, line: 1, column: 1, message: `tsconfig: ${message}` };
}

function fallbackOptions(): ts.CompilerOptions {
  const { ts } = tsMorph();
  return {
    allowJs: true,
    checkJs: false,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.Preserve,
    strict: true,
    skipLibCheck: true,
    esModuleInterop: true,
    resolveJsonModule: true,
  };
}

function isDeclaration(file: string): boolean {
  return /\.d\.[cm]?ts$/.test(file);
}

/** `.js`, `.jsx`, `.mjs`, `.cjs`. */
export function isJs(file: string): boolean {
  return /\.[cm]?jsx?$/.test(file);
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0] ?? text;
}
