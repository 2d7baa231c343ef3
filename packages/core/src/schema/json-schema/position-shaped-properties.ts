import type { ClassifiedField } from "../../model/schema-field.js";
import type { ClassifyEnvironment } from "../classify-field.js";
import { positionShapeCandidates, positionShapedField } from "../position-shape.js";
import type { SchemaGraph, SchemaNode } from "./schema-graph.js";

/** How far `$ref` / `items` / `allOf` chains are followed to the object a property holds. */
const MAX_HOPS = 4;

/**
 * Properties not classified otherwise whose value is a position-shaped
 * object — inline, through `$ref`, as array `items` or an `allOf` part —
 * become location fields (position-shape.ts). Runs after every property was
 * classified, so the members of the object are known.
 */
export function positionShapedProperties(
  graph: SchemaGraph,
  properties: readonly SchemaNode[],
  classified: ReadonlyMap<SchemaNode, ClassifiedField>,
  fieldOf: (node: SchemaNode) => Omit<ClassifiedField, "categories" | "evidence" | "confidence">,
  env: ClassifyEnvironment,
): ClassifiedField[] {
  const fields: ClassifiedField[] = [];
  for (const node of properties) {
    if (classified.has(node)) continue;
    const members = heldObjects(graph, node).flatMap((object) => object.children.filter((child) => child.keyword === "properties"));
    if (members.length < 2) continue;
    const candidates = positionShapeCandidates(
      members.map((member) => classified.get(member)).filter((f): f is ClassifiedField => f !== undefined),
      env,
    );
    if (candidates) fields.push(positionShapedField(fieldOf(node), candidates));
  }
  return fields;
}

/** The object schemas a property holds: itself, its `$ref` target, its `items`, its `allOf` parts (and theirs). */
function heldObjects(graph: SchemaGraph, start: SchemaNode): SchemaNode[] {
  const found: SchemaNode[] = [];
  const seen = new Set<SchemaNode>();
  const visit = (node: SchemaNode, hops: number): void => {
    if (hops > MAX_HOPS || seen.has(node)) return;
    seen.add(node);
    if (node.children.some((child) => child.keyword === "properties")) found.push(node);
    const outcome = graph.resolveRef(node);
    if (outcome && "node" in outcome) visit(outcome.node, hops + 1);
    for (const child of node.children) if (child.keyword === "items" || child.keyword === "allOf") visit(child, hops + 1);
  };
  visit(start, 0);
  return found;
}
