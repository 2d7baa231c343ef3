import type ts from "typescript";

type TS = typeof import("typescript");

/**
 * Visits `root` and its descendants in source order (parents before children) with an explicit stack, so
 * that no nesting depth can exhaust the call stack (whole-program walks meet minified bundles and generated
 * code, not only the files the scan guards). `visit` returns false to skip a node's children.
 */
export function walkPreorder(tsApi: TS, root: ts.Node, visit: (node: ts.Node) => boolean | undefined): void {
  const stack: ts.Node[] = [root];
  const children: ts.Node[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    tsApi.forEachChild(node, (child) => {
      children.push(child);
    });
    while (children.length > 0) stack.push(children.pop()!);
  }
}
