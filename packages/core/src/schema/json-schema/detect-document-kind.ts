/** What a parsed JSON/YAML file is, as far as schema scanning cares. */
export type DocumentKind = "json-schema" | "openapi" | "vss" | "other";

const SCHEMA_TYPES = new Set(["object", "array", "string", "number", "integer", "boolean", "null"]);

/**
 * Tells JSON Schema, OpenAPI 3.x and VSS JSON exports apart from all other
 * JSON/YAML (package.json, tsconfig, GeoJSON, CI configs), which is ignored.
 */
export function detectDocumentKind(value: unknown): DocumentKind {
  if (!isObject(value)) return "other";
  if (typeof value.openapi === "string" && value.openapi.startsWith("3")) return "openapi";
  if (isVssExport(value)) return "vss";
  if (typeof value.$schema === "string" && /json-schema|schema\.json/i.test(value.$schema)) return "json-schema";
  const type = value.type;
  const typeOk =
    type === undefined || (typeof type === "string" ? SCHEMA_TYPES.has(type) : Array.isArray(type) && type.every((t) => SCHEMA_TYPES.has(String(t))));
  if (!typeOk) return "other";
  const hasSchemaMap = (key: string): boolean => isObject(value[key]) && Object.values(value[key]).every((v) => isObject(v) || typeof v === "boolean");
  if (hasSchemaMap("properties") && (type !== undefined || "required" in value || "$id" in value || "title" in value || "additionalProperties" in value))
    return "json-schema";
  if ((hasSchemaMap("$defs") || hasSchemaMap("definitions")) && ("$id" in value || "title" in value || type !== undefined)) return "json-schema";
  return "other";
}

/** VSS JSON export: `{ "Vehicle": { "type": "branch", "children": { … } } }`. */
function isVssExport(value: Record<string, unknown>): boolean {
  const roots = Object.values(value);
  return roots.length > 0 && roots.every((node) => isObject(node) && node.type === "branch" && isObject(node.children));
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
