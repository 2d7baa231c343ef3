import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import { calleeName } from "../values/expression-shapes.js";
import { walkPreorder } from "../../program/preorder.js";

export type IndexedCall = ts.CallExpression | ts.NewExpression;

/**
 * What one file's syntax says about calls and assignments, by name (see `CallIndex`). Writes through a
 * mutating method (`x.push(…)`) are pack data (propagation.yaml): `CallIndex` finds them among the calls.
 */
export interface FileCallNames {
  /** By callee name (`postJson`, `Client` for `new Client`, `super` for `super(…)`), import aliases under their exported name too. */
  readonly calls: ReadonlyMap<string, readonly IndexedCall[]>;
  readonly writes: ReadonlyMap<string, readonly ts.Node[]>;
  /** Classes by the name of the class they extend (`class TripApi extends BaseClient` under `BaseClient`). */
  readonly subclasses: ReadonlyMap<string, readonly ts.ClassLikeDeclaration[]>;
}

/**
 * Kept per `SourceFile` with no further condition: the walk reads the file's
 * own nodes and nothing else — callee names, assignment targets and the
 * aliases of its own import statements — never the checker, other files or
 * compiler options. An unchanged file keeps its `SourceFile` object across
 * program states (and a changed one gets a new object), so the entry is
 * right for as long as it can be found. Keyed by the `ts` module too: node
 * kinds are that copy's numbers.
 */
const byModule = new WeakMap<TS, WeakMap<ts.SourceFile, FileCallNames>>();

export function fileCallNames(ts: TS, file: ts.SourceFile): FileCallNames {
  let cache = byModule.get(ts);
  if (!cache) byModule.set(ts, (cache = new WeakMap()));
  let names = cache.get(file);
  if (!names) cache.set(file, (names = indexFile(ts, file)));
  return names;
}

function indexFile(ts: TS, file: ts.SourceFile): FileCallNames {
  const calls = new Map<string, IndexedCall[]>();
  const writes = new Map<string, ts.Node[]>();
  const subclasses = new Map<string, ts.ClassLikeDeclaration[]>();
  const aliases = importAliasesOf(ts, file);
  walkPreorder(ts, file, (node) => {
    if (ts.isClassLike(node)) {
      const base = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
      const baseName = base ? calleeName(ts, base) : undefined;
      if (baseName !== undefined) {
        add(subclasses, baseName, node);
        for (const original of aliases.get(baseName) ?? []) add(subclasses, original, node);
      }
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword) add(calls, "super", node);
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(ts, node.expression);
      if (name !== undefined) {
        add(calls, name, node);
        for (const original of aliases.get(name) ?? []) add(calls, original, node);
      }
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      node.operatorToken.kind <= ts.SyntaxKind.LastAssignment
    ) {
      const target = calleeName(ts, node.left);
      if (target !== undefined) add(writes, target, node);
    }
  });
  return { calls, writes, subclasses };
}

/** `import { postJson as post }` → post: [postJson]; `import api from …` → api: [default]. */
function importAliasesOf(ts: TS, file: ts.SourceFile): Map<string, string[]> {
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
  return aliases;
}

function add<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every call of a file, in source order (from the file's syntactic call index). */
export function callsInOrder(ts: TS, file: ts.SourceFile): IndexedCall[] {
  const calls = new Set<IndexedCall>();
  for (const named of fileCallNames(ts, file).calls.values()) for (const call of named) calls.add(call);
  return [...calls].sort((a, b) => a.pos - b.pos);
}
