import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";

/**
 * Marker interfaces: message frameworks type their payloads by an empty base (`interface
 * OcppRequest {}`, `interface Command {}`) that every concrete message extends, and pass them
 * through generic senders as `IMessage<OcppRequest>`. A value typed by the marker is any of its
 * subtypes; the index lists the project's interfaces and classes that extend or implement each
 * type, so that the value carries what they carry.
 */
const MAX_SUBTYPES = 2_000;

/** One `extends`/`implements` entry: the declaring type and the expression naming its base. */
interface Clause {
  own: ts.InterfaceDeclaration | ts.ClassDeclaration;
  base: ts.Expression;
}

export class MarkerSubtypes {
  /** Heritage clauses by the name they spell (`extends Base`, `implements ns.Base` → `Base`): syntax only. */
  private byName: Map<string, Clause[]> | undefined;
  private readonly resolved = new Map<ts.Symbol, { types: ts.Type[]; declarations: Clause["own"][] }>();

  constructor(
    private readonly ts: TS,
    private readonly checker: ts.TypeChecker,
    /** The program's own source files (no declaration files of packages). */
    private readonly projectFiles: () => readonly ts.SourceFile[],
  ) {}

  /**
   * The project types that extend or implement `symbol` directly. Only the clauses that spell the symbol's
   * name (as written, or as an import renamed it) are resolved with the checker, once per symbol asked.
   */
  subtypesOf(symbol: ts.Symbol): readonly ts.Type[] {
    return this.resolve(symbol).types;
  }

  /**
   * The declarations of those subtypes: what a kept taint summary compares to see whether the answer still
   * holds (an edit anywhere in the project can add or remove a subtype; summary-reuse.ts).
   */
  subtypeDeclarationsOf(symbol: ts.Symbol): readonly ts.Declaration[] {
    return this.resolve(symbol).declarations;
  }

  private resolve(symbol: ts.Symbol): { types: ts.Type[]; declarations: Clause["own"][] } {
    const known = this.resolved.get(symbol);
    if (known) return known;
    this.byName ??= this.clausesByName();
    const ts = this.ts;
    const found = { types: [] as ts.Type[], declarations: [] as Clause["own"][] };
    // A default export is spelled by whatever name its importer gives it: those clauses are filed under "default".
    for (const name of new Set([symbol.name, "default"])) {
      for (const { own, base } of this.byName.get(name) ?? []) {
        if (found.types.length >= MAX_SUBTYPES) break;
        let target = this.checker.getSymbolAtLocation(base);
        if (target && target.flags & ts.SymbolFlags.Alias) target = this.checker.getAliasedSymbol(target);
        if (target !== symbol || !own.name) continue;
        const ownSymbol = this.checker.getSymbolAtLocation(own.name);
        if (!ownSymbol) continue;
        found.types.push(this.checker.getDeclaredTypeOfSymbol(ownSymbol));
        found.declarations.push(own);
      }
    }
    this.resolved.set(symbol, found);
    return found;
  }

  private clausesByName(): Map<string, Clause[]> {
    const ts = this.ts;
    const byName = new Map<string, Clause[]>();
    // Within one file, the name a clause spells is the exported name unless an import renamed it.
    let importedAs = new Map<string, string>();
    const record = (own: ts.InterfaceDeclaration | ts.ClassDeclaration): void => {
      for (const clause of own.heritageClauses ?? []) {
        for (const heritage of clause.types) {
          const spelled = ts.isPropertyAccessExpression(heritage.expression) ? heritage.expression.name : heritage.expression;
          if (!ts.isIdentifier(spelled)) continue;
          const name = importedAs.get(spelled.text) ?? spelled.text;
          const list = byName.get(name) ?? [];
          list.push({ own, base: heritage.expression });
          byName.set(name, list);
        }
      }
    };
    const visit = (node: ts.Node): void => {
      if (ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node)) record(node);
      else if (ts.isModuleDeclaration(node) && node.body && ts.isModuleBlock(node.body)) node.body.statements.forEach(visit);
    };
    for (const file of this.projectFiles()) {
      importedAs = importRenames(ts, file);
      file.statements.forEach(visit);
    }
    return byName;
  }
}

/** `import { A as B }` → B ↦ A, `import B from` → B ↦ "default": the names a file's imports rename. */
function importRenames(ts: TS, file: ts.SourceFile): Map<string, string> {
  const renames = new Map<string, string>();
  for (const statement of file.statements) {
    const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined;
    if (!clause) continue;
    if (clause.name) renames.set(clause.name.text, "default");
    if (clause.namedBindings && ts.isNamedImports(clause.namedBindings)) {
      for (const element of clause.namedBindings.elements) {
        if (element.propertyName && ts.isIdentifier(element.propertyName)) renames.set(element.name.text, element.propertyName.text);
      }
    }
  }
  return renames;
}
