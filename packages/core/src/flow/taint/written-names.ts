import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";

/** Library methods the engine treats as writing their arguments into the receiver (evaluate-call.ts). */
const MUTATORS = new Set(["push", "unshift", "add", "set", "append", "concat", "splice", "fill", "assign"]);

const byModule = new WeakMap<TS, WeakMap<ts.SourceFile, ReadonlySet<string>>>();

/**
 * Names of the identifiers a file may write through: every identifier inside the target of an assignment
 * (`x = …`, `x.a.b = …`, `[x.a] = …`, `x += …`, `for (x.a of …)`), the operand of `++`, `--` and `delete`,
 * the receiver of a mutating call (`x.push(…)`, `x.a.set(…)`) and the arguments of `Object.assign`.
 *
 * A module variable's cell is written only by its own file's code through such an identifier (the engine
 * follows no write through an import or an alias): a variable whose name is not in this set keeps what its
 * initializer gave it, and a read of it needs no cell label. Syntactic and over-approximating (by name);
 * computed once per `SourceFile`, without recursion.
 */
export function writtenNames(tsApi: TS, file: ts.SourceFile): ReadonlySet<string> {
  let cache = byModule.get(tsApi);
  if (!cache) byModule.set(tsApi, (cache = new WeakMap()));
  let names = cache.get(file);
  if (!names) cache.set(file, (names = collect(tsApi, file)));
  return names;
}

function collect(tsApi: TS, file: ts.SourceFile): Set<string> {
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
    } else if (tsApi.isCallExpression(node) && tsApi.isPropertyAccessExpression(node.expression) && MUTATORS.has(node.expression.name.text)) {
      targets.push(node.expression.expression);
      if (node.expression.name.text === "assign") targets.push(...node.arguments);
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
