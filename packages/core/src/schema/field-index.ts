import type { ClassifiedField, FieldIndex } from "../model/schema-field.js";
import { posixPath } from "../paths/report-paths.js";

/**
 * Lookups for flow analysis. TS fields are keyed by file + type + property;
 * every field by its schema path. When the same path is produced twice (a
 * TS type scanned from two programs), the first wins and keeps its location.
 */
export function createFieldIndex(fields: readonly ClassifiedField[]): FieldIndex {
  const byPath = new Map<string, ClassifiedField>();
  const byTypeProperty = new Map<string, ClassifiedField>();
  for (const field of fields) {
    if (!byPath.has(field.path)) byPath.set(field.path, field);
    if (field.source === "typescript") {
      const key = typePropertyKey(field.location.file, field.path);
      if (!byTypeProperty.has(key)) byTypeProperty.set(key, field);
    }
  }
  const all = [...fields];
  return {
    forTypeProperty: (file, typeName, property) => byTypeProperty.get(typePropertyKey(file, `${typeName}.${property}`)),
    forPath: (path) => byPath.get(path),
    all: () => all,
  };
}

function typePropertyKey(file: string, typeDotProperty: string): string {
  return `${posixPath(file)}\u0000${typeDotProperty}`;
}
