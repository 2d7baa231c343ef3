import { scanSchemaFiles } from "../schema/index.js";
import type { Analyzer } from "./types.js";

/**
 * Schema scanning as a scan step: protobuf, JSON Schema / OpenAPI and VSS
 * files become classified fields (read by the flow analyser after it) and
 * `unclassified-signal` / `unknown-category` / `invalid-input` findings.
 */
export const schemaAnalyzer: Analyzer = {
  id: "schema",
  run(context) {
    const { proto, schema, vss } = context.filesByKind;
    return scanSchemaFiles({
      files: [...proto, ...schema, ...vss],
      root: context.root,
      pack: context.pack,
      ...(context.readScope ? { scope: context.readScope } : {}),
    });
  },
};
