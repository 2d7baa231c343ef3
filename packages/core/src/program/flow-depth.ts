import type ts from "typescript";

type TS = typeof import("typescript");

/**
 * The longest chain of branch points in one function body that vdx lets TypeScript type. TypeScript walks a
 * variable's control flow back from each use, one recursion level per branch point passed (about two per
 * `if`): around 1,000 sequential `if`s it gives up with "Code is too complex to analyze" — and, asked
 * outside its own file-by-file check (as an analysis asks), it then stops typing every variable of the
 * whole program for good, so every later flow loses its classification without a word; around 500 chained
 * ternaries its recursion overflows the stack. Hand-written functions stay far below.
 */
export const MAX_FLOW_CHAIN = 400;

/** A function whose body chains more branch points than `MAX_FLOW_CHAIN`: where it is, and how many. */
export interface ComplexFunction {
  body: ts.Block;
  chain: number;
}

/**
 * Function bodies of `file` whose control flow chains too many branch points for TypeScript (see
 * `MAX_FLOW_CHAIN`), outermost first. The chain is estimated from the syntax, bottom-up without recursion:
 * statements and operands in sequence add up, alternatives (`then`/`else`, `case`s, `?:` arms) take the
 * longest, and each branch point (`if`, loop, `switch`, `try`, `?:`, `&&`, `||`, `??`, `?.`) adds one.
 * A nested function starts a chain of its own.
 */
export function tooComplexFunctions(tsApi: TS, file: ts.SourceFile): ComplexFunction[] {
  if (!mayChainTooFar(file.text)) return [];
  const chains = new Map<ts.Node, number>();
  const found: ComplexFunction[] = [];
  // Post-order: a node's chain is computed once all its children's are.
  const stack: { node: ts.Node; expanded: boolean }[] = [{ node: file, expanded: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (!top.expanded) {
      top.expanded = true;
      tsApi.forEachChild(top.node, (child) => {
        stack.push({ node: child, expanded: false });
      });
      continue;
    }
    stack.pop();
    const node = top.node;
    const chain = chainOf(tsApi, node, (child) => (child ? (chains.get(child) ?? 0) : 0));
    if (isFunctionBody(tsApi, node) && chain > MAX_FLOW_CHAIN) found.push({ body: node as ts.Block, chain });
    // A function's own chain stays inside it: seen from outside it is one value, not a branch point.
    chains.set(node, tsApi.isFunctionLike(node) || tsApi.isClassLike(node) ? 0 : chain);
  }
  // Outermost first, without the bodies inside a body already listed.
  return found
    .sort((a, b) => a.body.pos - b.body.pos || b.body.end - a.body.end)
    .filter((entry, i, all) => !all.slice(0, i).some((outer) => outer.body.pos <= entry.body.pos && entry.body.end <= outer.body.end));
}

/**
 * Every branch point is written with a token of its own — `if`, `for`, `while`, `do`, `switch`, `try`, `?`
 * (`?:`, `?.`, `??`, `??=`), `&&`, `||` (and their `=` forms) — so a text with no more such spellings than
 * `MAX_FLOW_CHAIN` (in code, strings or comments alike) cannot hold a chain longer than that: nearly every
 * file is cleared by one pass over its text, without a walk of its tree.
 */
function mayChainTooFar(text: string): boolean {
  const spellings = /\b(?:if|for|while|do|switch|try)\b|\?|&&|\|\|/g;
  let count = 0;
  while (spellings.exec(text) !== null) {
    if (++count > MAX_FLOW_CHAIN) return true;
  }
  return false;
}

function chainOf(tsApi: TS, node: ts.Node, of: (child: ts.Node | undefined) => number): number {
  const longest = (...nodes: (ts.Node | undefined)[]): number => Math.max(0, ...nodes.map(of));
  if (tsApi.isIfStatement(node)) return 1 + of(node.expression) + longest(node.thenStatement, node.elseStatement);
  if (tsApi.isConditionalExpression(node)) return 1 + of(node.condition) + longest(node.whenTrue, node.whenFalse);
  if (tsApi.isSwitchStatement(node)) return 1 + of(node.expression) + longest(...node.caseBlock.clauses);
  if (tsApi.isTryStatement(node))
    return 1 + of(node.tryBlock) + longest(node.catchClause, node.finallyBlock) + (node.catchClause && node.finallyBlock ? of(node.finallyBlock) : 0);
  let sum = 0;
  tsApi.forEachChild(node, (child) => {
    sum += of(child);
  });
  if (tsApi.isIterationStatement(node, false)) return 1 + sum;
  if (tsApi.isBinaryExpression(node) && isShortCircuit(tsApi, node.operatorToken.kind)) return 1 + sum;
  if ((tsApi.isPropertyAccessExpression(node) || tsApi.isElementAccessExpression(node) || tsApi.isCallExpression(node)) && node.questionDotToken)
    return 1 + sum;
  return sum;
}

function isShortCircuit(tsApi: TS, operator: ts.SyntaxKind): boolean {
  const k = tsApi.SyntaxKind;
  return (
    operator === k.AmpersandAmpersandToken ||
    operator === k.BarBarToken ||
    operator === k.QuestionQuestionToken ||
    operator === k.AmpersandAmpersandEqualsToken ||
    operator === k.BarBarEqualsToken ||
    operator === k.QuestionQuestionEqualsToken
  );
}

function isFunctionBody(tsApi: TS, node: ts.Node): boolean {
  return tsApi.isBlock(node) && node.parent !== undefined && tsApi.isFunctionLike(node.parent);
}
