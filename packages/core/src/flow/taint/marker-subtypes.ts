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

export class MarkerSubtypes {
  private index: Map<ts.Symbol, ts.Type[]> | undefined;

  constructor(
    private readonly ts: TS,
    private readonly checker: ts.TypeChecker,
    /** The program's own source files (no declaration files of packages). */
    private readonly projectFiles: () => readonly ts.SourceFile[],
  ) {}

  /** The project types that extend or implement `symbol` directly. */
  subtypesOf(symbol: ts.Symbol): readonly ts.Type[] {
    this.index ??= this.build();
    return this.index.get(symbol) ?? [];
  }

  private build(): Map<ts.Symbol, ts.Type[]> {
    const ts = this.ts;
    const index = new Map<ts.Symbol, ts.Type[]>();
    let count = 0;
    const record = (declaration: ts.InterfaceDeclaration | ts.ClassDeclaration): void => {
      const own = declaration.name ? this.checker.getSymbolAtLocation(declaration.name) : undefined;
      if (!own) return;
      for (const clause of declaration.heritageClauses ?? []) {
        for (const heritage of clause.types) {
          let base = this.checker.getSymbolAtLocation(heritage.expression);
          if (base && base.flags & ts.SymbolFlags.Alias) base = this.checker.getAliasedSymbol(base);
          if (!base || count >= MAX_SUBTYPES) continue;
          const list = index.get(base) ?? [];
          list.push(this.checker.getDeclaredTypeOfSymbol(own));
          index.set(base, list);
          count++;
        }
      }
    };
    const visit = (node: ts.Node): void => {
      if (ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node)) record(node);
      else if (ts.isModuleDeclaration(node) && node.body && ts.isModuleBlock(node.body)) node.body.statements.forEach(visit);
    };
    for (const file of this.projectFiles()) file.statements.forEach(visit);
    return index;
  }
}
