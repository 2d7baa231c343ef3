import type ts from "typescript";

type TS = typeof import("typescript");

/** Chains at least this long are resolved link by link before anyone asks the checker about their end. */
const LONG_CHAIN = 64;

const chainsByFile = new WeakMap<ts.SourceFile, readonly ts.VariableDeclaration[]>();
const warmedByChecker = new WeakMap<ts.TypeChecker, WeakSet<ts.SourceFile>>();

/**
 * TypeScript infers the type of `const s5000 = s4999 + "a"` by inferring `s4999` first, recursively: asked
 * about the end of a chain of 5,000 such declarations before anything else, the checker exhausts the stack
 * (and the analysis that asked fails with it). `tsc` never does, because it checks a file from top to
 * bottom; the analysis asks in the order flows lead it. So, for each file holding a long chain of
 * un-annotated variables, the chain's types are asked first, in the order they are written: each question
 * then finds the previous link answered, and the checker's recursion stays one link deep.
 * Syntactic detection is kept per `SourceFile`; a checker warms a file once. Files without long chains cost
 * one walk and no checker work.
 */
export function warmDeclarationChains(tsApi: TS, checker: ts.TypeChecker, files: readonly ts.SourceFile[]): void {
  let warmed = warmedByChecker.get(checker);
  if (!warmed) warmedByChecker.set(checker, (warmed = new WeakSet()));
  for (const file of files) {
    if (warmed.has(file)) continue;
    warmed.add(file);
    for (const declaration of longChainsOf(tsApi, file)) checker.getTypeAtLocation(declaration.name);
  }
}

/** The un-annotated variables of a file that belong to a chain of at least `LONG_CHAIN` links, in text order. */
function longChainsOf(tsApi: TS, file: ts.SourceFile): readonly ts.VariableDeclaration[] {
  let chains = chainsByFile.get(file);
  if (!chains) chainsByFile.set(file, (chains = findLongChains(tsApi, file)));
  return chains;
}

function findLongChains(tsApi: TS, file: ts.SourceFile): ts.VariableDeclaration[] {
  // Links by name, in text order (a name declared again starts over): the length of the chain ending at each.
  const lengthByName = new Map<string, number>();
  const linked: ts.VariableDeclaration[] = [];
  let longest = 0;
  for (const declaration of variablesInTextOrder(tsApi, file)) {
    if (!tsApi.isIdentifier(declaration.name) || declaration.type || !declaration.initializer) continue;
    let length = 1;
    for (const name of referencedNames(tsApi, declaration.initializer)) length = Math.max(length, (lengthByName.get(name) ?? 0) + 1);
    lengthByName.set(declaration.name.text, length);
    if (length > 1) linked.push(declaration);
    longest = Math.max(longest, length);
  }
  return longest >= LONG_CHAIN ? linked : [];
}

/** Variable declarations in the order they are written, found without recursion. */
function variablesInTextOrder(tsApi: TS, file: ts.SourceFile): ts.VariableDeclaration[] {
  const found: ts.VariableDeclaration[] = [];
  const stack: ts.Node[] = [file];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (tsApi.isVariableDeclaration(node)) found.push(node);
    const children: ts.Node[] = [];
    tsApi.forEachChild(node, (child) => {
      children.push(child);
    });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

/** Names an expression reads (not the names of properties it accesses or writes). */
function referencedNames(tsApi: TS, expression: ts.Expression): Set<string> {
  const names = new Set<string>();
  const stack: ts.Node[] = [expression];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (tsApi.isIdentifier(node)) {
      const parent = node.parent;
      const isPropertyName = (tsApi.isPropertyAccessExpression(parent) && parent.name === node) || (tsApi.isPropertyAssignment(parent) && parent.name === node);
      if (!isPropertyName) names.add(node.text);
      continue;
    }
    tsApi.forEachChild(node, (child) => {
      stack.push(child);
    });
  }
  return names;
}
