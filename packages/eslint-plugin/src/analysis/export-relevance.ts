import type ts from "typescript";
import type { RulePack } from "@vdx/core";
import { sinkPackageMatcherOf } from "./sink-packages.js";
import { SourceFileReuse, type ProgramReuse } from "./source-file-reuse.js";

type TS = typeof ts;
type CallLike = ts.CallExpression | ts.NewExpression | ts.TaggedTemplateExpression | ts.Decorator;

/** Library functions that call the function they are given: never harmless. */
const INDIRECT_CALLS = new Set(["call", "apply", "bind"]);

/**
 * Whether a file can hold an export finding, decided before the whole-program
 * flow analysis runs (which costs a walk of every file of the program).
 *
 * Every export finding sits on a call or `new` in the file it is reported in:
 * the sink call, the call of a helper that supplies the destination, the read
 * of a domestic store, the route registration, the replication call
 * (contracts.md). A call can be such a place only if what it calls may, at
 * some depth, call a sink. So a file is irrelevant when every call in it —
 * and every function it hands over by name — targets code that provably sends
 * nothing: a standard-library or package function outside the rule pack's
 * sink catalogue, or a project function whose own calls are all of that kind
 * (followed through the call graph with the checker, memoised per program).
 * A sink package, a global sink name (`fetch`, `sendBeacon`, `XMLHttpRequest`,
 * `WebSocket`), a parameter, an unresolved name: relevant. The test may let a
 * file through that has no finding; it never skips one that has one.
 */
/**
 * Verdicts on project functions, per file, kept across program states: after
 * an edit, the functions of files the edit cannot reach keep their verdict
 * (the reuse rule of core's `createReuseScope`), so a keystroke re-examines the
 * edited file, not the helpers it calls.
 */
const keptVerdicts = new SourceFileReuse<ReadonlyMap<ts.Node, boolean>>("export-relevance");

export class ExportRelevance {
  readonly #checker: ts.TypeChecker;
  readonly #harmless = new Map<ts.Node, boolean>();
  readonly #kept: ProgramReuse<ReadonlyMap<ts.Node, boolean>>;
  readonly #keptByFile = new Map<ts.SourceFile, ReadonlyMap<ts.Node, boolean> | undefined>();
  /** Verdicts reached in this state, by file, to keep once the question of the linted file is answered. */
  readonly #fresh = new Map<ts.SourceFile, Map<ts.Node, boolean>>();
  readonly #inProgress = new Set<ts.Node>();
  /** Set when a verdict leaned on a function still being examined: such a verdict is not memoised. */
  #leanedOnInProgress = false;
  readonly #globalSinkNames: ReadonlySet<string>;
  readonly #isSinkPackage: (name: string) => boolean;

  constructor(
    private readonly typescript: TS,
    private readonly program: ts.Program,
    pack: RulePack,
  ) {
    this.#checker = program.getTypeChecker();
    this.#globalSinkNames = globalSinkNamesOf(pack);
    this.#isSinkPackage = sinkPackageMatcherOf(pack);
    this.#kept = keptVerdicts.inProgram(typescript, program, pack);
  }

  fileMayHaveFindings(sourceFile: ts.SourceFile): boolean {
    const answer = !this.#bodyIsHarmless(sourceFile);
    this.#keepFreshVerdicts(sourceFile);
    return answer;
  }

  /**
   * Keeps this state's verdicts for later states, except those of the file
   * just asked about: it is the one being edited, and its next version is a
   * new `SourceFile` anyway.
   */
  #keepFreshVerdicts(asked: ts.SourceFile): void {
    for (const [file, verdicts] of this.#fresh) {
      if (file === asked) continue;
      const kept = this.#keptOf(file);
      this.#kept.set(file, kept ? new Map([...kept, ...verdicts]) : verdicts);
      this.#fresh.delete(file);
    }
  }

  #keptOf(file: ts.SourceFile): ReadonlyMap<ts.Node, boolean> | undefined {
    if (!this.#keptByFile.has(file)) this.#keptByFile.set(file, this.#kept.get(file));
    return this.#keptByFile.get(file);
  }

  /** Every call under `root` (nested functions included) and every function passed by name is harmless. */
  #bodyIsHarmless(root: ts.Node): boolean {
    const ts = this.typescript;
    let harmless = true;
    const visit = (node: ts.Node): void => {
      if (!harmless) return;
      if (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isTaggedTemplateExpression(node) || ts.isDecorator(node)) {
        if (!this.#callIsHarmless(node)) {
          harmless = false;
          return;
        }
      } else if (ts.isIdentifier(node) && isValueReference(ts, node) && !this.#referenceIsHarmless(node)) {
        harmless = false;
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(root);
    return harmless;
  }

  #callIsHarmless(node: CallLike): boolean {
    return this.#targetIsHarmless(calleeOf(this.typescript, node));
  }

  /**
   * A function mentioned without being called here (`items.forEach(upload)`,
   * `{ onDone: send }`, `upload as Handler`) runs wherever it is handed to:
   * it must be harmless too.
   */
  #referenceIsHarmless(identifier: ts.Identifier): boolean {
    const ts = this.typescript;
    let symbol: ts.Symbol | undefined;
    try {
      symbol = this.#checker.getSymbolAtLocation(identifier);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.#checker.getAliasedSymbol(symbol);
    } catch {
      return false;
    }
    if (!symbol || !(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Method | ts.SymbolFlags.Variable))) return true;
    if (symbol.flags & ts.SymbolFlags.Variable && !(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Method))) {
      // A variable is a function reference only when it holds one written out (`const send = (…) => …`).
      const declaration = symbol.declarations?.[0];
      if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return true;
      if (!ts.isArrowFunction(declaration.initializer) && !ts.isFunctionExpression(declaration.initializer)) return true;
    }
    return this.#targetIsHarmless(identifier);
  }

  #targetIsHarmless(callee: ts.Node): boolean {
    const ts = this.typescript;
    if (ts.isCallExpression(callee) || ts.isNewExpression(callee)) return true; // `f()()`: the inner call is visited on its own
    // `fn.call(…)` and friends are decided by the name as written, before asking the checker.
    if (ts.isIdentifier(callee) && INDIRECT_CALLS.has(callee.text)) return false;
    let symbol: ts.Symbol | undefined;
    try {
      symbol = this.#checker.getSymbolAtLocation(callee);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.#checker.getAliasedSymbol(symbol);
    } catch {
      return false;
    }
    const declarations = symbol?.declarations;
    if (!symbol || !declarations || declarations.length === 0) return false;
    if (INDIRECT_CALLS.has(symbol.name)) return false; // renamed on import: `import { call as invoke }`
    for (const declaration of declarations) {
      const file = declaration.getSourceFile();
      if (this.program.isSourceFileDefaultLibrary(file) || isExternal(file)) {
        if (this.#globalSinkNames.has(symbol.name) || this.#globalSinkNames.has(containerName(ts, declaration) ?? "")) return false;
        if (this.program.isSourceFileDefaultLibrary(file)) continue;
        const owner = externalOwner(ts, declaration);
        if (owner === undefined || this.#isSinkPackage(owner)) return false;
        continue;
      }
      const body = bodyOf(ts, declaration);
      if (!body || !this.#functionIsHarmless(body)) return false;
    }
    return true;
  }

  #functionIsHarmless(body: ts.Node): boolean {
    const known = this.#harmless.get(body);
    if (known !== undefined) return known;
    const file = body.getSourceFile();
    const kept = this.#keptOf(file)?.get(body);
    if (kept !== undefined) {
      this.#harmless.set(body, kept);
      return kept;
    }
    if (this.#inProgress.has(body)) {
      // Recursion: the function is being examined; its other calls decide.
      this.#leanedOnInProgress = true;
      return true;
    }
    const outerLeaned = this.#leanedOnInProgress;
    this.#leanedOnInProgress = false;
    this.#inProgress.add(body);
    let verdict: boolean;
    try {
      verdict = this.#bodyIsHarmless(body);
    } finally {
      this.#inProgress.delete(body);
    }
    if (!verdict || !this.#leanedOnInProgress) {
      this.#harmless.set(body, verdict);
      let fresh = this.#fresh.get(file);
      if (!fresh) this.#fresh.set(file, (fresh = new Map<ts.Node, boolean>()));
      fresh.set(body, verdict);
    }
    this.#leanedOnInProgress ||= outerLeaned;
    return verdict;
  }
}

/** An identifier read as a value: not a declaration's name, not a property name, not in a type. */
function isValueReference(typescript: TS, node: ts.Identifier): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (typescript.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if ((typescript.isCallExpression(parent) || typescript.isNewExpression(parent)) && parent.expression === node) return false; // the callee: checked as a call
  if ("name" in parent && (parent as { name?: ts.Node }).name === node) return false; // declarations, property assignments
  if (typescript.isImportSpecifier(parent) || typescript.isExportSpecifier(parent) || typescript.isImportClause(parent) || typescript.isNamespaceImport(parent))
    return false;
  for (let up: ts.Node | undefined = parent; up && !typescript.isSourceFile(up); up = up.parent) {
    if (typescript.isTypeNode(up) || typescript.isTypeAliasDeclaration(up) || typescript.isInterfaceDeclaration(up)) return false;
    if (typescript.isStatement(up) || typescript.isExpression(up)) break;
  }
  return true;
}

function calleeOf(typescript: TS, node: CallLike): ts.Node {
  let callee: ts.Node = typescript.isTaggedTemplateExpression(node) ? node.tag : node.expression;
  while (typescript.isParenthesizedExpression(callee) || typescript.isNonNullExpression(callee) || typescript.isAsExpression(callee))
    callee = callee.expression;
  if (typescript.isPropertyAccessExpression(callee)) return callee.name;
  if (typescript.isElementAccessExpression(callee)) return callee.argumentExpression;
  return callee;
}

function isExternal(file: ts.SourceFile): boolean {
  return file.isDeclarationFile || file.fileName.includes("/node_modules/");
}

/**
 * The package an external declaration belongs to: the ambient module it is
 * declared in (`declare module "http"` in @types/node), else the package
 * folder under node_modules (`@types/x` standing for `x`). Undefined for a
 * project `.d.ts`: it says nothing about what runs, so it is never harmless.
 */
function externalOwner(typescript: TS, declaration: ts.Declaration): string | undefined {
  for (let node: ts.Node | undefined = declaration.parent; node; node = node.parent) {
    if (typescript.isModuleDeclaration(node) && typescript.isStringLiteral(node.name)) return node.name.text.replace(/^node:/, "");
  }
  const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(declaration.getSourceFile().fileName);
  if (!match) return undefined;
  const name = match[1]!;
  return name.startsWith("@types/") ? name.slice("@types/".length).replace(/^([^_]+)__/, "@$1/") : name;
}

/** The code a call of this declaration runs, when it is written in the project. */
function bodyOf(typescript: TS, declaration: ts.Declaration): ts.Node | undefined {
  if (typescript.isFunctionDeclaration(declaration) || typescript.isMethodDeclaration(declaration) || typescript.isConstructorDeclaration(declaration)) {
    return declaration.body;
  }
  if (typescript.isGetAccessorDeclaration(declaration) || typescript.isSetAccessorDeclaration(declaration)) return declaration.body;
  // `new Foo()`: the constructor and field initialisers; a whole class is a safe over-approximation.
  if (typescript.isClassDeclaration(declaration) || typescript.isClassExpression(declaration)) return declaration;
  if (typescript.isVariableDeclaration(declaration) && declaration.initializer) {
    const init = declaration.initializer;
    const list = declaration.parent;
    const constant = typescript.isVariableDeclarationList(list) && (list.flags & typescript.NodeFlags.Const) !== 0;
    if (constant && (typescript.isArrowFunction(init) || typescript.isFunctionExpression(init))) return init.body;
  }
  if (
    typescript.isPropertyAssignment(declaration) &&
    (typescript.isArrowFunction(declaration.initializer) || typescript.isFunctionExpression(declaration.initializer))
  ) {
    return declaration.initializer.body;
  }
  return undefined;
}

function containerName(typescript: TS, declaration: ts.Declaration): string | undefined {
  const parent = declaration.parent;
  if (parent && (typescript.isInterfaceDeclaration(parent) || typescript.isClassDeclaration(parent)) && parent.name) return parent.name.text;
  return undefined;
}

const namesByPack = new WeakMap<RulePack, ReadonlySet<string>>();

/**
 * Every name in the member paths of the pack's `global` sinks (`fetch`,
 * `navigator.sendBeacon`, `XMLHttpRequest#send`, …): a library callee with
 * one of these names may send data, whichever typings declare it.
 */
function globalSinkNamesOf(pack: RulePack): ReadonlySet<string> {
  let names = namesByPack.get(pack);
  if (!names) {
    const found = new Set<string>();
    const remote = pack.remote;
    const models = [...pack.sinks, ...(remote ? [...remote.stores, ...remote.replications, ...remote.frameworks, ...remote.exposures] : [])];
    for (const model of models) {
      if (model.package !== "global") continue;
      for (const token of model.member.match(/[A-Za-z_$][\w$]*/g) ?? []) if (token !== "new") found.add(token);
    }
    names = found;
    namesByPack.set(pack, names);
  }
  return names;
}
