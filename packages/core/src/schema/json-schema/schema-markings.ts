import type { Marking } from "../classify-field.js";
import { mergeMarkings } from "../classify-field.js";
import type { SchemaGraph, SchemaNode } from "./schema-graph.js";

/**
 * `x-vdx` applies to the subschema that carries it and everything under it,
 * through `$ref` (local and cross-file). A nearer `x-vdx: none` stops an
 * outer mark; nearer ids add to it. Cycles terminate (visited set per mark).
 */
export function propagateMarkings(graph: SchemaGraph, own: Map<SchemaNode, Marking>): Map<SchemaNode, Marking> {
  const inherited = new Map<SchemaNode, Marking>();
  for (const [source, marking] of own) {
    const visited = new Set<SchemaNode>([source]);
    const stack = successors(graph, source);
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (visited.has(node)) continue;
      visited.add(node);
      const nearer = own.get(node);
      if (nearer && nearer.none && nearer.ids.length === 0) continue;
      const current = inherited.get(node);
      inherited.set(node, current ? mergeMarkings(current, marking) : marking);
      stack.push(...successors(graph, node));
    }
  }
  return inherited;
}

/**
 * The marking a property takes from the schema it `$ref`s (directly, or as the
 * items of an array): only what the target itself declares, not what another
 * referrer pushed into it.
 */
export function referencedMarking(graph: SchemaGraph, node: SchemaNode, own: Map<SchemaNode, Marking>): Marking | undefined {
  let result: Marking | undefined;
  const seen = new Set<SchemaNode>();
  const visit = (current: SchemaNode, depth: number): void => {
    if (depth > 16 || seen.has(current)) return;
    seen.add(current);
    const outcome = graph.resolveRef(current);
    if (outcome && "node" in outcome) {
      const target = outcome.node;
      const marking = own.get(target);
      if (marking) result = result ? mergeMarkings(result, marking) : marking;
      visit(target, depth + 1);
    }
    for (const child of current.children) if (child.keyword === "items" || child.keyword === "allOf") visit(child, depth + 1);
  };
  visit(node, 0);
  return result;
}

/** What is "under" a subschema: its subschemas and its `$ref` target, but not its `$defs` (reached only by `$ref`). */
function successors(graph: SchemaGraph, node: SchemaNode): SchemaNode[] {
  const next = node.children.filter((child) => child.keyword !== "$defs" && child.keyword !== "definitions");
  const outcome = graph.resolveRef(node);
  if (outcome && "node" in outcome) next.push(outcome.node);
  return next;
}
