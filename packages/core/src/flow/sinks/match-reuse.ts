import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import { callFactsOf } from "./call-facts.js";
import { fileListStep } from "../../program/file-list-step.js";

/**
 * Per-file results kept across program states. An editor re-creates the program
 * after each edit; unchanged files keep their `SourceFile` objects. A result
 * computed for file F in one state is reused in a later state when everything
 * the checker could have consulted for F is the same object again:
 *   - F and every file F imports, transitively (types and symbols reach F only
 *     through imports), plus the files of `alsoDependsOn` and their imports;
 *   - every file that declares globals (libs, `.d.ts`, scripts, modules with
 *     `declare global` / `declare module` augmentations) and the list of the
 *     program's source files (a new file can make an unresolved import resolve).
 * What the key names (catalogue, enabled models, compiler options) must match too.
 *
 * Exported from `@vdx/core` for any per-file result that reads the checker
 * (the sink matcher's matches, the ESLint plugin's per-file classifications).
 * A result that depends on the file's syntax alone needs none of this: a
 * `WeakMap<SourceFile, …>` is enough (see flow/taint/file-call-names.ts).
 */
export interface ReuseScope<T> {
  get(file: ts.SourceFile): T | undefined;
  set(file: ts.SourceFile, value: T, alsoDependsOn?: readonly ts.SourceFile[]): void;
  /**
   * The files a kept result of `file` depends on (`file` itself, its imports transitively, `alsoDependsOn`),
   * whether or not it still applies: for a caller that tracks which results an edit can reach.
   */
  dependenciesOf(file: ts.SourceFile): readonly ts.SourceFile[] | undefined;
}

interface Entry {
  value: unknown;
  files: readonly ts.SourceFile[];
  globals: GlobalSignature;
}

interface GlobalSignature {
  globalFiles: readonly ts.SourceFile[];
  /** The names of the program's own (non-declaration) files, in program order. */
  projectFiles: readonly string[];
  /** The source files of the last program state given this signature (to compare the next state with). */
  sourceFiles: readonly ts.SourceFile[];
}

const stores = new WeakMap<object, Map<string, WeakMap<ts.SourceFile, Entry>>>();
const signatures = new WeakMap<ts.Program, GlobalSignature>();
const augmenting = new WeakMap<ts.SourceFile, boolean>();
let lastSignature: GlobalSignature | undefined;

/** `owner`: an object whose lifetime bounds the results (the catalogue); `key`: everything else they depend on. */
export function createReuseScope<T>(ts: TS, program: ts.Program, checker: ts.TypeChecker, owner: object, key: string): ReuseScope<T> {
  let byKey = stores.get(owner);
  if (!byKey) stores.set(owner, (byKey = new Map<string, WeakMap<ts.SourceFile, Entry>>()));
  const fullKey = `${ts.version}\u0000${compilerOptionsKey(program)}\u0000${key}`;
  let store = byKey.get(fullKey);
  if (!store) byKey.set(fullKey, (store = new WeakMap()));
  const entries = store;
  // Computed on first need: a state in which nothing is kept or looked up pays nothing.
  let globalsOfState: GlobalSignature | undefined;
  const globalsNow = (): GlobalSignature => (globalsOfState ??= globalSignatureOf(ts, program));
  const { isCurrent, directImports, closures } = factsOf(program);
  const importsOf = (file: ts.SourceFile): ts.SourceFile[] => {
    let found = directImports.get(file);
    if (!found) {
      const set = new Set<ts.SourceFile>();
      for (const specifier of specifiersOf(ts, file)) {
        for (const declaration of checker.getSymbolAtLocation(specifier)?.declarations ?? []) set.add(declaration.getSourceFile());
      }
      found = [...set];
      directImports.set(file, found);
    }
    return found;
  };
  const closureOf = (roots: readonly ts.SourceFile[]): ts.SourceFile[] => {
    const seen = new Set<ts.SourceFile>(roots);
    const queue = [...roots];
    // The queue grows as the loop runs: an array iterator reads the length at every step.
    for (const file of queue) {
      for (const next of importsOf(file)) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return [...seen];
  };
  return {
    get(file) {
      const entry = entries.get(file);
      if (entry?.globals !== globalsNow() || !entry.files.every(isCurrent)) return undefined;
      return entry.value as T;
    },
    set(file, value, alsoDependsOn = []) {
      let files = alsoDependsOn.length === 0 ? closures.get(file) : undefined;
      if (!files) {
        files = closureOf([file, ...alsoDependsOn]);
        if (alsoDependsOn.length === 0) closures.set(file, files);
      }
      entries.set(file, { value, files, globals: globalsNow() });
    },
    dependenciesOf: (file) => entries.get(file)?.files,
  };
}

interface ProgramFacts {
  /** Whether a file is this program's (asked of a few files per state: no set of every file). */
  isCurrent(file: ts.SourceFile): boolean;
  /** The files each file imports, as the program's checker resolves them. */
  directImports: Map<ts.SourceFile, ts.SourceFile[]>;
  /** Each file with everything it imports, transitively. */
  closures: Map<ts.SourceFile, ts.SourceFile[]>;
}

const programFacts = new WeakMap<ts.Program, ProgramFacts>();

/** Shared by every scope of one program state (the sink matcher, summaries, the plugin's results all ask). */
function factsOf(program: ts.Program): ProgramFacts {
  let facts = programFacts.get(program);
  if (!facts) {
    // A few files are asked after a keystroke; a whole-program pass asks them all, for which one set is cheaper.
    const current = new Map<ts.SourceFile, boolean>();
    let all: ReadonlySet<ts.SourceFile> | undefined;
    const isCurrent = (file: ts.SourceFile): boolean => {
      if (all) return all.has(file);
      let answer = current.get(file);
      if (answer === undefined) {
        current.set(file, (answer = program.getSourceFile(file.fileName) === file));
        if (current.size > 64) all = new Set(program.getSourceFiles());
      }
      return answer;
    };
    programFacts.set(program, (facts = { isCurrent, directImports: new Map(), closures: new Map() }));
  }
  return facts;
}

const optionKeys = new WeakMap<ts.CompilerOptions, string>();

/** The program's compiler options as text (kept per options object: successive states of a project usually share it). */
export function compilerOptionsKey(program: ts.Program): string {
  const options = program.getCompilerOptions();
  let key = optionKeys.get(options);
  if (key === undefined) optionKeys.set(options, (key = JSON.stringify(options)));
  return key;
}

/** Import specifiers as the compiler collected them (this includes JSDoc import types of JS files), else our own walk. */
function specifiersOf(ts: TS, file: ts.SourceFile): readonly ts.StringLiteralLike[] {
  const internal = (file as { imports?: unknown }).imports;
  const own = callFactsOf(ts, file).specifiers;
  return Array.isArray(internal) ? [...(internal as readonly ts.StringLiteralLike[]), ...own] : own;
}

function globalSignatureOf(ts: TS, program: ts.Program): GlobalSignature {
  let signature = signatures.get(program);
  if (signature) return signature;
  const files = program.getSourceFiles();
  // An edit of an ordinary module (the usual next state) keeps the signature: no pass over every file's role.
  if (lastSignature && onlyOrdinaryModulesChanged(ts, lastSignature.sourceFiles, files)) {
    signature = lastSignature;
  } else {
    const globalFiles: ts.SourceFile[] = [];
    const projectFiles: string[] = [];
    for (const file of files) {
      if (changesWhatEveryFileSees(ts, file)) globalFiles.push(file);
      if (!file.isDeclarationFile) projectFiles.push(file.fileName);
    }
    signature = { globalFiles, projectFiles, sourceFiles: files };
    // Successive program states usually have the same globals: share one object so entries compare by identity.
    if (lastSignature && sameItems(lastSignature.projectFiles, projectFiles) && sameItems(lastSignature.globalFiles, globalFiles)) {
      signature = lastSignature;
    }
  }
  signature.sourceFiles = files;
  lastSignature = signature;
  signatures.set(program, signature);
  return signature;
}

/** The same files by name, position by position, where every file that changed is an ordinary module before and after. */
function onlyOrdinaryModulesChanged(ts: TS, before: readonly ts.SourceFile[], after: readonly ts.SourceFile[]): boolean {
  const step = fileListStep(before, after);
  const ordinary = (file: ts.SourceFile) => !changesWhatEveryFileSees(ts, file);
  return step.edit && step.left.every(ordinary) && step.came.every(ordinary);
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * Whether a change to `file` can change what every file sees: a declaration file, a script, or a module that
 * augments the global scope or another module. Results kept under the rule above depend on all such files.
 */
export function changesWhatEveryFileSees(ts: TS, file: ts.SourceFile): boolean {
  return file.isDeclarationFile || !ts.isExternalModule(file) || declaresGlobals(ts, file);
}

/** A module with `declare global { … }` or `declare module "x" { … }` changes what other files see. */
function declaresGlobals(ts: TS, file: ts.SourceFile): boolean {
  let answer = augmenting.get(file);
  if (answer === undefined) {
    answer = file.statements.some((s) => ts.isModuleDeclaration(s) && (ts.isStringLiteral(s.name) || s.name.text === "global"));
    augmenting.set(file, answer);
  }
  return answer;
}
