import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import { calleeName } from "./evaluate-call.js";

const MUTATORS = new Set(["push", "unshift", "add", "set", "append", "splice", "fill"]);

/**
 * A syntactic index of calls by callee name and of writes by target name,
 * built in one cheap walk (no type checker). The engine asks it "who may call
 * `postJson`?" and "who may write `lastTrip`?", then confirms each candidate
 * with the checker; import aliases (`import { postJson as post }`) and
 * default imports are indexed under the exported name too.
 */
export class CallIndex {
  private readonly calls = new Map<string, (ts.CallExpression | ts.NewExpression)[]>();
  private readonly writes = new Map<string, ts.Node[]>();

  constructor(private readonly ts: TS, files: readonly ts.SourceFile[]) {
    for (const file of files) this.indexFile(file);
  }

  callsNamed(name: string): readonly (ts.CallExpression | ts.NewExpression)[] {
    return this.calls.get(name) ?? [];
  }

  writesNamed(name: string): readonly ts.Node[] {
    return this.writes.get(name) ?? [];
  }

  private indexFile(file: ts.SourceFile): void {
    const ts = this.ts;
    const aliases = new Map<string, string[]>();
    for (const statement of file.statements) {
      if (!ts.isImportDeclaration(statement) || !statement.importClause) continue;
      const clause = statement.importClause;
      if (clause.name) add(aliases, clause.name.text, "default");
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) if (element.propertyName) add(aliases, element.name.text, element.propertyName.text);
      }
    }
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const name = calleeName(ts, node.expression);
        if (name !== undefined) {
          add(this.calls, name, node);
          for (const original of aliases.get(name) ?? []) add(this.calls, original, node);
          if (ts.isCallExpression(node) && MUTATORS.has(name) && ts.isPropertyAccessExpression(node.expression)) {
            const target = calleeName(ts, node.expression.expression);
            if (target !== undefined) add(this.writes, target, node);
          }
        }
      } else if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
        const target = calleeName(ts, node.left);
        if (target !== undefined) add(this.writes, target, node);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
}

function add<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
