import { existsSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import type { FileSystemHost, Project, ts } from "ts-morph";
import { tsMorph } from "./ts-morph-module.js";
import type { InputError } from "../input/positioned-document.js";
import { guardedFileSystem, guardParsedSource, recordingFileSystem } from "./guarded-source-text.js";
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
  // Every step taken so far, replayed on a project built the guarded way when TypeScript's parser overflows.
  const steps: ((project: ScanProject) => void)[] = [];
  let guarding: Guarding = "inspect-parsed";
  let current: ScanProject;
  const attempt = <T>(run: (project: ScanProject) => T): T => {
    try {
      return run(current);
    } catch (error) {
      if (!(error instanceof RangeError) || guarding === "guard-text") throw error;
      guarding = "guard-text";
      current = openGuardedProject(options, tsconfigFiles, guarding);
      for (const step of steps) step(current);
      return run(current);
    }
  };
  try {
    current = openGuardedProject(options, tsconfigFiles, guarding);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    guarding = "guard-text";
    current = openGuardedProject(options, tsconfigFiles, guarding);
  }
  const step = (run: (project: ScanProject) => void): void => {
    attempt(run);
    steps.push(run);
  };
  return {
    add: (files) => step((project) => project.add(files)),
    addTsconfigFiles: (files) => step((project) => project.addTsconfigFiles(files)),
    compilerOptions: () => current.compilerOptions(),
    build: () => attempt((project) => project.build()),
  };
}

/**
 * How source files are kept safe for the analysis (see guarded-source-text.ts). "inspect-parsed": the
 * program parses each file once and the parsed trees are inspected; the rare file that must be cut is
 * replaced before anything binds or types it. A file TypeScript's parser cannot read at all throws a
 * RangeError. "guard-text": every text is parsed and checked as it is read, before the program parses it
 * again — twice the parsing, kept for the files TypeScript's parser cannot read.
 */
type Guarding = "inspect-parsed" | "guard-text";

function openGuardedProject(options: Omit<ScanProgramOptions, "files">, tsconfigFiles: boolean, guarding: Guarding): ScanProject {
  const { Project, ts } = tsMorph();
  const errors: InputError[] = [];
  // Every project source file the program reads (listed or imported) is guarded: code nested too deeply
  // for TypeScript and vdx is cut there, reported once, and never takes the other files down with it.
  const base = new Project({ skipAddingFilesFromTsConfig: true }).getFileSystem();
  const read: string[] = [];
  const fileSystem =
    guarding === "guard-text" ? guardedFileSystem(ts as unknown as TS, base, (problem) => errors.push(problem)) : recordingFileSystem(base, read);
  const tsconfig = findTsconfig(options);
  let project: Project | undefined;
  if (tsconfig !== undefined) {
    const built = projectFromTsconfig(tsconfig, tsconfigFiles, fileSystem, guarding);
    if ("problem" in built) errors.push(built.problem);
    else project = built.project;
  }
  project ??= new Project({ compilerOptions: fallbackOptions(), skipAddingFilesFromTsConfig: true, fileSystem });
  const usable = project;
  const known = new Set(usable.getSourceFiles().map((sf) => sf.getFilePath() as string));
  // The text each inspected file had when it was judged safe (or the text that replaced it).
  const inspected = new Map<string, string>();
  const addFile = (absolute: string): void => {
    try {
      usable.addSourceFileAtPath(absolute);
      known.add(absolute);
    } catch (error) {
      if (guarding === "inspect-parsed" && error instanceof RangeError) throw error;
      errors.push({ file: absolute, line: 1, column: 1, message: `cannot read source file: ${firstLine(error)}` });
    }
  };
  return {
    add(files) {
      for (const file of files) {
        const absolute = resolve(options.root, file);
        if (!ANALYSED_EXTENSIONS.has(extname(absolute)) || known.has(absolute) || isDeclaration(absolute)) continue;
        if (isJs(absolute) && !usable.getCompilerOptions().allowJs && tsconfig !== undefined) continue;
        addFile(absolute);
      }
    },
    addTsconfigFiles(files) {
      for (const file of files) {
        const absolute = resolve(options.root, file);
        if (!known.has(absolute)) addFile(absolute);
      }
    },
    compilerOptions: () => usable.getCompilerOptions(),
    build() {
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- ts-morph's TypeScript and the workspace's are distinct types to the root tsconfig's check
      let program = usable.getProgram().compilerObject as unknown as import("typescript").Program;
      if (guarding === "inspect-parsed" && guardParsedFiles(usable, program, read, inspected, errors)) {
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- as above
        program = usable.getProgram().compilerObject as unknown as import("typescript").Program;
      }
      const files = program
        .getSourceFiles()
        .filter((sf) => !sf.isDeclarationFile && !/[\\/]node_modules[\\/]/.test(sf.fileName) && ANALYSED_EXTENSIONS.has(extname(sf.fileName)))
        .map((sf) => resolve(sf.fileName))
        .sort();
      return { ts: ts as unknown as TS, program, ...(tsconfig !== undefined ? { tsconfig } : {}), files, errors: [...errors] };
    },
  };
}

/**
 * Inspects the project files the program parsed since the last look, in the order they were read, replaces
 * the text of those that must be cut (ts-morph parses the new text) and reports why, once per file and text.
 * Whether any was replaced (the program is then stale).
 */
function guardParsedFiles(
  project: Project,
  program: import("typescript").Program,
  read: readonly string[],
  inspected: Map<string, string>,
  errors: InputError[],
): boolean {
  const { ts } = tsMorph();
  let replaced = false;
  for (const path of new Set(read)) {
    const sourceFile = program.getSourceFile(path);
    if (!sourceFile || inspected.get(path) === sourceFile.text) continue;
    const guarded = guardParsedSource(ts as unknown as TS, sourceFile);
    inspected.set(path, guarded?.text ?? sourceFile.text);
    if (!guarded) continue;
    const wrapped = project.getSourceFile(path);
    if (!wrapped) continue;
    errors.push(...guarded.problems);
    wrapped.replaceWithText(guarded.text);
    replaced = true;
  }
  return replaced;
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
function projectFromTsconfig(file: string, withFiles: boolean, fileSystem: FileSystemHost, guarding: Guarding): { project: Project } | { problem: InputError } {
  const { Project } = tsMorph();
  // ts-morph reads the file whole: a tsconfig linked to a device or a FIFO would never end.
  const read = readScannedFile(file, { maxBytes: MAX_TSCONFIG_BYTES });
  if (read.kind !== "text") {
    const message = read.kind === "unreadable" && read.reason === "no such file" ? "tsconfig not found" : `cannot use tsconfig: ${describeReadFailure(read)}`;
    return { problem: { file, line: 1, column: 1, message } };
  }
  try {
    const project = new Project({ tsConfigFilePath: file, compilerOptions: { noEmit: true }, skipAddingFilesFromTsConfig: !withFiles, fileSystem });
    const fatal = project
      .getConfigFileParsingDiagnostics()
      .map((d) => d.compilerObject)
      .find(isFatal);
    // ts-morph's diagnostics of compiler options carry no position: TypeScript's positioned reader says where.
    return fatal ? { problem: tsconfigProblem(file) ?? diagnosticToError(file, fatal) } : { project };
  } catch (error) {
    // A file the parser cannot read is not the tsconfig's fault: the project is opened again, guarded (see above).
    if (guarding === "inspect-parsed" && error instanceof RangeError) throw error;
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
