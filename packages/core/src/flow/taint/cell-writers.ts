import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import { cellIdOf } from "./cells.js";

/**
 * Whether a write the call index filed under a cell's name (`x.name = …`, `name = …`, `x.name.push(…)`) may
 * store into that cell: some name in its target resolves to the cell's declaration, or to nothing the checker
 * knows (then it may). The index goes by name only, so a read of `AbstractModule._logger` would otherwise have
 * every unit that assigns any `_logger` analysed — with every callee they summarise — for writes into other
 * classes' fields. Analysing a unit stores only through the symbols its targets resolve to (assignments.ts),
 * so the units left out write other cells.
 */
export function mayWriteCell(ts: TS, checker: ts.TypeChecker, write: ts.Node, cell: string): boolean {
  const target = writeTarget(ts, write);
  if (!target) return true;
  const resolvesToCellOrNothing = (node: ts.Node): boolean => {
    const symbol = checker.getSymbolAtLocation(node);
    const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    return !declaration || cellIdOf(declaration) === cell;
  };
  let may = false;
  const visit = (node: ts.Node): void => {
    if (may) return;
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) {
      may = resolvesToCellOrNothing(node);
      return;
    }
    // `this["vin"] = …`: the checker resolves a literal key through the access itself.
    if (ts.isElementAccessExpression(node) && resolvesToCellOrNothing(node)) {
      may = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(target);
  return may;
}

/** What an indexed write stores into: an assignment's left side, a mutating call's receiver. */
function writeTarget(ts: TS, write: ts.Node): ts.Node | undefined {
  if (ts.isBinaryExpression(write)) return write.left;
  if (ts.isCallExpression(write) && ts.isPropertyAccessExpression(write.expression)) return write.expression.expression;
  return undefined;
}
