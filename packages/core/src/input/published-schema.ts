import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The JSON Schemas vdx publishes in `packages/core/schemas/` (shipped in the
 * npm package, referenced by users' editors) are also what the loaders
 * validate with, so the published schema and the checks can never disagree.
 * The path is the same from `src/input/` and from `dist/input/`.
 */
export type PublishedSchemaName = "vdx.config.schema.json" | "data-export-assessments.schema.json";

const cache = new Map<PublishedSchemaName, object>();

function publishedSchemaPath(name: PublishedSchemaName): string {
  return fileURLToPath(new URL(`../../schemas/${name}`, import.meta.url));
}

export function loadPublishedSchema(name: PublishedSchemaName): object {
  let schema = cache.get(name);
  if (!schema) {
    schema = JSON.parse(readFileSync(publishedSchemaPath(name), "utf8")) as object;
    cache.set(name, schema);
  }
  return schema;
}
