import type ts from "typescript";

type TS = typeof ts;

/**
 * Per-file results kept across program states. An editor builds a new
 * program after every keystroke, and the language service hands unchanged
 * files over as the same `SourceFile` objects. A result computed for file F
 * in one state is still right in a later state when everything the checker
 * could have consulted for F is the same object again:
 *   - F and every file it imports, transitively (types and symbols reach F
 *     only through imports);
 *   - every file that declares globals (lib and `.d.ts` files, scripts,
 *     modules with `declare global` / `declare module`), the list of the
 *     program's own files (a new file can make an unresolved import resolve)
 *     and the compiler options.
 * The same rule the core's sink matcher applies to its own per-file matches
 * (`flow/sinks/match-reuse.ts`, not exported from `@vdx/core`).
 *
 * Results live as long as their `owner` (the project knowledge they were
 * computed with: pack, schema fields, root) and their `SourceFile`.
 */
export class SourceFileReuse<T> {
  readonly #entries = new WeakMap<object, WeakMap<ts.SourceFile, Entry<T>>>();

  /** The view of one program state; create one per program and use it for all files of that state. */
  inProgram(typescript: TS, program: ts.Program, owner: object): ProgramReuse<T> {
    let entries = this.#entries.get(owner);
    if (!entries) this.#entries.set(owner, (entries = new WeakMap()));
    return new ProgramReuse(typescript, program, entries);
  }
}

interface Entry<T> {
  value: T;
  dependencies: readonly ts.SourceFile[];
  globals: GlobalSignature;
}

interface GlobalSignature {
  options: string;
  /** The names of the program's files, in its order. */
  names: readonly string[];
  /** The files that declare globals, by position: these must stay the very same objects. */
  globals: ReadonlyMap<number, ts.SourceFile>;
}

export class ProgramReuse<T> {
  #globalsOfState?: GlobalSignature;
  readonly #current = new Map<ts.SourceFile, boolean>();
  readonly #compatible = new Map<GlobalSignature, boolean>();
  readonly #directImports = new Map<ts.SourceFile, readonly ts.SourceFile[]>();
  #checker?: ts.TypeChecker;

  constructor(
    private readonly typescript: TS,
    private readonly program: ts.Program,
    private readonly entries: WeakMap<ts.SourceFile, Entry<T>>,
  ) {}

  /** Computed on first need: a state in which nothing is kept or looked up pays nothing. */
  get #globals(): GlobalSignature {
    this.#globalsOfState ??= globalSignatureOf(this.typescript, this.program);
    return this.#globalsOfState;
  }

  /** The value kept for `file`, when nothing it depends on changed since it was computed. */
  get(file: ts.SourceFile): T | undefined {
    const entry = this.entries.get(file);
    if (!entry || !this.#sameGlobals(entry.globals) || !entry.dependencies.every((f) => this.#isCurrent(f))) return undefined;
    return entry.value;
  }

  set(file: ts.SourceFile, value: T): void {
    this.entries.set(file, { value, dependencies: this.#importClosure(file), globals: this.#globals });
  }

  /** Compared once per signature and state: successive states of one project usually have equal globals. */
  #sameGlobals(globals: GlobalSignature): boolean {
    let answer = this.#compatible.get(globals);
    if (answer === undefined) {
      answer = globals === this.#globals || sameSignature(globals, this.#globals);
      this.#compatible.set(globals, answer);
    }
    return answer;
  }

  #isCurrent(file: ts.SourceFile): boolean {
    let answer = this.#current.get(file);
    if (answer === undefined) {
      answer = this.program.getSourceFile(file.fileName) === file;
      this.#current.set(file, answer);
    }
    return answer;
  }

  #importClosure(root: ts.SourceFile): ts.SourceFile[] {
    const seen = new Set<ts.SourceFile>([root]);
    const queue = [root];
    for (let i = 0; i < queue.length; i++) {
      for (const next of this.#importsOf(queue[i]!)) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return [...seen];
  }

  #importsOf(file: ts.SourceFile): readonly ts.SourceFile[] {
    let found = this.#directImports.get(file);
    if (!found) {
      this.#checker ??= this.program.getTypeChecker();
      const files = new Set<ts.SourceFile>();
      for (const specifier of moduleSpecifiersOf(this.typescript, file)) {
        for (const declaration of this.#checker.getSymbolAtLocation(specifier)?.declarations ?? []) files.add(declaration.getSourceFile());
      }
      found = [...files];
      this.#directImports.set(file, found);
    }
    return found;
  }
}

/**
 * Module specifiers as the compiler collected them while building the program
 * (imports, re-exports, `import type`, dynamic `import()`, `require` in JS,
 * import types); the statements' own specifiers when that internal list is absent.
 */
function moduleSpecifiersOf(typescript: TS, file: ts.SourceFile): readonly ts.Expression[] {
  const collected = (file as { imports?: readonly ts.StringLiteralLike[] }).imports;
  if (Array.isArray(collected)) return collected;
  const specifiers: ts.Expression[] = [];
  for (const statement of file.statements) {
    if ((typescript.isImportDeclaration(statement) || typescript.isExportDeclaration(statement)) && statement.moduleSpecifier) {
      specifiers.push(statement.moduleSpecifier);
    } else if (typescript.isImportEqualsDeclaration(statement) && typescript.isExternalModuleReference(statement.moduleReference)) {
      specifiers.push(statement.moduleReference.expression);
    }
  }
  return specifiers;
}

const signatures = new WeakMap<ts.Program, GlobalSignature>();
const augmenting = new WeakMap<ts.SourceFile, boolean>();
const optionKeys = new WeakMap<ts.CompilerOptions, string>();
/** The signature of the last program state seen: the next state is usually equal to it. */
let lastSignature: GlobalSignature | undefined;

/**
 * The part of a program state every kept result depends on. Computed once
 * per state; a state whose files are those of the previous state (same
 * names in the same order, and the very same objects for the files that
 * declare globals) shares the previous signature object, so entries compare
 * by identity and a keystroke costs one pass of identity checks, not a
 * rebuilt list of the project's file names.
 */
function globalSignatureOf(typescript: TS, program: ts.Program): GlobalSignature {
  let signature = signatures.get(program);
  if (signature) return signature;
  const files = program.getSourceFiles();
  const options = optionsKeyOf(program.getCompilerOptions());
  if (lastSignature && lastSignature.options === options && matches(typescript, lastSignature, files)) {
    signature = lastSignature;
  } else {
    const globals = new Map<number, ts.SourceFile>();
    files.forEach((file, i) => {
      if (isGlobal(typescript, file)) globals.set(i, file);
    });
    signature = { options, names: files.map((file) => file.fileName), globals };
  }
  lastSignature = signature;
  signatures.set(program, signature);
  return signature;
}

/** Same file names in the same order, and the same objects for the files that declare globals. */
function matches(typescript: TS, signature: GlobalSignature, files: readonly ts.SourceFile[]): boolean {
  if (signature.names.length !== files.length) return false;
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    if (file.fileName !== signature.names[i]) return false;
    const global = signature.globals.get(i);
    if (global ? global !== file : isGlobal(typescript, file)) return false;
  }
  return true;
}

function sameSignature(a: GlobalSignature, b: GlobalSignature): boolean {
  if (a.options !== b.options || a.names.length !== b.names.length || a.globals.size !== b.globals.size) return false;
  for (const [i, file] of a.globals) if (b.globals.get(i) !== file) return false;
  return a.names.every((name, i) => name === b.names[i]);
}

function optionsKeyOf(options: ts.CompilerOptions): string {
  let key = optionKeys.get(options);
  if (key === undefined) optionKeys.set(options, (key = JSON.stringify(options)));
  return key;
}

/** Lib and `.d.ts` files, scripts, and modules that augment the global scope or other modules. */
function isGlobal(typescript: TS, file: ts.SourceFile): boolean {
  return file.isDeclarationFile || !typescript.isExternalModule(file) || declaresGlobals(typescript, file);
}

/** A module with `declare global { … }` or `declare module "x" { … }` changes what other files see. */
function declaresGlobals(typescript: TS, file: ts.SourceFile): boolean {
  let answer = augmenting.get(file);
  if (answer === undefined) {
    answer = file.statements.some((s) => typescript.isModuleDeclaration(s) && (typescript.isStringLiteral(s.name) || s.name.text === "global"));
    augmenting.set(file, answer);
  }
  return answer;
}
