// Properties of JSON Schema / OpenAPI documents (JSON or YAML), with the line of each key
// (labelling aid, not vdx). A document that is neither a schema nor an API description is skipped.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from "yaml";
import type { ListedField } from "./list-fields.js";

export function listSchemaFields(text: string): ListedField[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  const root = document.contents;
  if (!isMap(root) || !looksLikeSchema(root)) return [];
  const fields: ListedField[] = [];
  const lineOf = (node: Node | null | undefined): number => lineCounter.linePos(node?.range?.[0] ?? 0).line;

  const visit = (node: unknown, pointer: string): void => {
    if (isSeq(node)) {
      node.items.forEach((item, index) => visit(item, `${pointer}/${index}`));
      return;
    }
    if (!isMap(node)) return;
    for (const pair of node.items as Pair<Node, Node>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      const child = `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      if (key === "properties" && isMap(pair.value)) {
        const names = pair.value.items.map((entry) => (isScalar(entry.key) ? String(entry.key.value) : ""));
        for (const entry of pair.value.items as Pair<Node, Node>[]) {
          if (!isScalar(entry.key)) continue;
          const name = String(entry.key.value);
          fields.push({ line: lineOf(entry.key), path: `#${child}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`, kind: "schema-key", siblings: names });
        }
      }
      if (key === "parameters" && isSeq(pair.value)) {
        const names = pair.value.items.map((item) => (isMap(item) ? String((item.get("name") as string | number | undefined) ?? "") : ""));
        pair.value.items.forEach((item, index) => {
          if (!isMap(item) || item.get("name") === undefined || item.get("in") === undefined) return;
          const nameNode = item.get("name", true) as Node | undefined;
          fields.push({
            line: lineOf(nameNode),
            path: `#${child}/${index}(${String(item.get("in"))}:${String(item.get("name"))})`,
            kind: "parameter",
            siblings: names,
          });
        });
      }
      visit(pair.value, child);
    }
  };
  visit(root, "");
  return fields;
}

function looksLikeSchema(root: { has(key: unknown): boolean }): boolean {
  return ["$schema", "properties", "definitions", "$defs", "openapi", "swagger", "components", "allOf", "oneOf"].some((key) => root.has(key));
}
