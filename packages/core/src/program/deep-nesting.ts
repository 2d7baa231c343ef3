import type ts from "typescript";

type TS = typeof import("typescript");

/**
 * How deeply nested code vdx analyses. Hand-written code stays far below (the deepest file of the
 * real-world corpus nests 42 levels); 5,000 chained `+` or `.a` do not, and TypeScript's own binder and
 * checker, like every recursive walker of vdx, recurse once per level: such a file would exhaust the stack
 * and take every other file's findings with it.
 */
export const MAX_NESTING_DEPTH = 256;
/** Where a too-deep subtree is cut: above it everything is kept, below it nothing is analysed. */
const CUT_DEPTH = 192;

/** A subtree replaced by a placeholder of the same length (lines and columns elsewhere stay as they were). */
export interface NestingCut {
  /** Offsets in the file's text (the node's start without trivia, its end). */
  start: number;
  end: number;
  /** What may stand in its place syntactically. */
  role: "expression" | "statement" | "block" | "type";
}

export interface DeepNesting {
  /** Depth of the deepest node (the source file is depth 0). */
  depth: number;
  /** Disjoint, in text order; replacing them leaves no node deeper than `MAX_NESTING_DEPTH`. */
  cuts: NestingCut[];
}

const depths = new WeakMap<ts.SourceFile, number>();

/** Depth of the deepest node of a file, computed without recursion (kept per `SourceFile`). */
export function nestingDepth(tsApi: TS, file: ts.SourceFile): number {
  let depth = depths.get(file);
  if (depth === undefined) depths.set(file, (depth = deepestBelow(tsApi, file)));
  return depth;
}

/**
 * The subtrees to cut so that no node of `file` is deeper than `MAX_NESTING_DEPTH`, or undefined when none is.
 * Each node at depth `CUT_DEPTH` whose subtree reaches below the limit is cut at itself or, when nothing
 * else can stand in its place (a qualified name, a binding pattern), at its nearest expression, statement
 * or type ancestor. The cut part becomes an unknown value, never a wrong one: a cut
 * `'https://eu…' + 'a' + …` chain loses its host with the rest, so the destination is unknown, not "aaa".
 */
export function deepNestingOf(tsApi: TS, file: ts.SourceFile): DeepNesting | undefined {
  const depth = nestingDepth(tsApi, file);
  if (depth <= MAX_NESTING_DEPTH) return undefined;
  const atCutDepth: ts.Node[] = [];
  const stack: [ts.Node, number][] = [[file, 0]];
  while (stack.length > 0) {
    const [node, level] = stack.pop()!;
    if (level === CUT_DEPTH) {
      atCutDepth.push(node);
      continue;
    }
    tsApi.forEachChild(node, (child) => {
      stack.push([child, level + 1]);
    });
  }
  const cuts: NestingCut[] = [];
  for (const node of atCutDepth) {
    if (deepestBelow(tsApi, node) <= MAX_NESTING_DEPTH - CUT_DEPTH) continue;
    const cut = replaceableAncestor(tsApi, node);
    if (cut) cuts.push(cut);
  }
  return { depth, cuts: disjointCuts(cuts) };
}

/**
 * `text` with every cut replaced by a placeholder of the same length: an undeclared name for an expression
 * (an unknown value to every analysis), `;` for a statement, `any` for a type. Line breaks inside a cut are
 * kept, so every position outside the cuts is unchanged.
 */
export function defuseText(text: string, cuts: readonly NestingCut[]): string {
  let out = "";
  let at = 0;
  for (const cut of cuts) {
    const span = text.slice(cut.start, cut.end);
    const blank = span.replace(/[^\r\n]/g, " ");
    const placeholder = PLACEHOLDERS[cut.role].find((p) => p.length <= blank.length && !/[\r\n]/.test(blank.slice(0, p.length)));
    // A block or type too short on its first line for its placeholder opens there and closes at its end.
    const replaced = placeholder !== undefined ? placeholder + blank.slice(placeholder.length) : `{${blank.slice(1, -1)}}`;
    out += text.slice(at, cut.start) + replaced;
    at = cut.end;
  }
  return out + text.slice(at);
}

const PLACEHOLDERS: Record<NestingCut["role"], readonly string[]> = {
  expression: ["__vdx_not_analysed__", "__vdx__", "0"],
  statement: [";"],
  // An empty block stands wherever a block must (a function body, `try`), and wherever a statement may.
  block: ["{}"],
  type: ["any", "{}"],
};

/** Depth of the deepest descendant relative to `root` (0 for a leaf). */
function deepestBelow(tsApi: TS, root: ts.Node): number {
  let deepest = 0;
  const stack: [ts.Node, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, level] = stack.pop()!;
    if (level > deepest) deepest = level;
    tsApi.forEachChild(node, (child) => {
      stack.push([child, level + 1]);
    });
  }
  return deepest;
}

function replaceableAncestor(tsApi: TS, node: ts.Node): NestingCut | undefined {
  for (let current: ts.Node | undefined = node; current && !tsApi.isSourceFile(current); current = current.parent) {
    const role = roleOf(tsApi, current);
    if (role) return { start: current.getStart(), end: current.getEnd(), role };
  }
  return undefined;
}

function roleOf(tsApi: TS, node: ts.Node): NestingCut["role"] | undefined {
  // `namespace a.b.c` nests one declaration per name: only the outermost stands on its own.
  if (tsApi.isModuleDeclaration(node) && tsApi.isModuleDeclaration(node.parent)) return undefined;
  if (tsApi.isTypeNode(node)) return "type";
  // A JSX attribute's value must stay a string or `{…}`; the element around it is an expression.
  if (tsApi.isExpression(node) && !tsApi.isJsxAttribute(node.parent) && !tsApi.isJsxExpression(node)) return "expression";
  if (tsApi.isBlock(node)) return "block";
  if (tsApi.isStatement(node)) return "statement";
  return undefined;
}

/** The outermost of overlapping cuts, in text order. */
export function disjointCuts(cuts: readonly NestingCut[]): NestingCut[] {
  const sorted = [...cuts].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NestingCut[] = [];
  for (const cut of sorted) {
    const last = out[out.length - 1];
    if (last && cut.start < last.end) continue;
    out.push(cut);
  }
  return out;
}
