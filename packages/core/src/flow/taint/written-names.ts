import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";

/** Per `ts` module, then per mutator set (one per loaded pack), then per file. */
const byModule = new WeakMap<TS, WeakMap<ReadonlySet<string>, WeakMap<ts.SourceFile, ReadonlySet<string>>>>();

/**
 * Names of the identifiers a file may write through: every identifier inside the target of an assignment
 * (`x = …`, `x.a.b = …`, `[x.a] = …`, `x += …`, `for (x.a of …)`), the operand of `++`, `--` and `delete`,
 * the receiver of a mutating call (`x.push(…)`, `x.a.set(…)`: the pack's `mutators`, which evaluate-call.ts
 * treats as writing their arguments into the receiver) and the arguments of `Object.assign`.
 *
 * A module variable's cell is written only by its own file's code through such an identifier (the engine
 * follows no write through an import or an alias): a variable whose name is not in this set keeps what its
 * initializer gave it, and a read of it needs no cell label. Syntactic and over-approximating (by name);
 * computed once per `SourceFile`, without recursion.
 */
export function writtenNames(tsApi: TS, file: ts.SourceFile, mutators: ReadonlySet<string>): ReadonlySet<string> {
  let byMutators = byModule.get(tsApi);
  if (!byMutators) byModule.set(tsApi, (byMutators = new WeakMap()));
  let cache = byMutators.get(mutators);
  if (!cache) byMutators.set(mutators, (cache = new WeakMap()));
  let names = cache.get(file);
  if (!names) cache.set(file, (names = collect(tsApi, file, mutators)));
  return names;
}

function collect(tsApi: TS, file: ts.SourceFile, mutators: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  const targets: ts.Node[] = [];
  const stack: ts.Node[] = [file];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (tsApi.isBinaryExpression(node)) {
      const operator = node.operatorToken.kind;
      if (operator >= tsApi.SyntaxKind.FirstAssignment && operator <= tsApi.SyntaxKind.LastAssignment) targets.push(node.left);
    } else if (tsApi.isPrefixUnaryExpression(node) || tsApi.isPostfixUnaryExpression(node)) {
      if (node.operator === tsApi.SyntaxKind.PlusPlusToken || node.operator === tsApi.SyntaxKind.MinusMinusToken) targets.push(node.operand);
    } else if (tsApi.isDeleteExpression(node)) {
      targets.push(node.expression);
    } else if ((tsApi.isForOfStatement(node) || tsApi.isForInStatement(node)) && !tsApi.isVariableDeclarationList(node.initializer)) {
      targets.push(node.initializer);
    } else if (tsApi.isCallExpression(node) && tsApi.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      if (mutators.has(method) || method === "assign") targets.push(node.expression.expression);
      if (method === "assign") targets.push(...node.arguments);
    }
    tsApi.forEachChild(node, (child) => {
      stack.push(child);
    });
  }
  for (const target of targets) {
    const inner: ts.Node[] = [target];
    while (inner.length > 0) {
      const node = inner.pop()!;
      if (tsApi.isIdentifier(node)) names.add(node.text);
      tsApi.forEachChild(node, (child) => {
        inner.push(child);
      });
    }
  }
  return names;
}
