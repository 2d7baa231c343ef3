import { createRequire } from "node:module";
import protobuf from "protobufjs";

const require = createRequire(import.meta.url);

/**
 * The well-known types protobufjs ships (`google/protobuf/timestamp.proto`, `descriptor.proto`, …).
 * protoc finds them in its own include folder, so projects import them without vendoring them;
 * a scan that required them on disk would flag nearly every real proto tree.
 * Shipped as descriptor JSON: the `common` set inside protobufjs, the rest as files in its package.
 */
const SHIPPED_AS_FILES = new Set([
  "google/protobuf/descriptor.proto",
  "google/protobuf/api.proto",
  "google/protobuf/type.proto",
  "google/protobuf/source_context.proto",
  "google/protobuf/compiler/plugin.proto",
]);

/**
 * Imports that come from a package manager or a toolchain (buf's BSR, protoc's include folder, googleapis)
 * rather than the repository: when they cannot be found, that is a warning, not broken input.
 */
const TOOLCHAIN_IMPORT_PREFIXES = [
  "google/",
  "validate/",
  "buf/",
  "gogoproto/",
  "protoc-gen-openapiv2/",
  "protoc-gen-swagger/",
  "envoy/",
  "udpa/",
  "xds/",
  "opentelemetry/proto/",
];

/** The protobufjs root of a bundled well-known `.proto`, or undefined when protobufjs does not ship it. */
export function loadWellKnownProto(importPath: string): protobuf.Root | undefined {
  const normalised = importPath.replace(/\\/g, "/").replace(/^\.\//, "");
  try {
    const json =
      protobuf.common.get(normalised) ??
      (SHIPPED_AS_FILES.has(normalised) ? (require(`protobufjs/${normalised.replace(/\.proto$/, ".json")}`) as protobuf.INamespace) : undefined);
    if (!json?.nested) return undefined;
    // addJSON, not fromJSON: fromJSON resolves types across files (api.proto needs any.proto) and would throw.
    const root = new protobuf.Root();
    root.addJSON(json.nested);
    return root;
  } catch {
    return undefined;
  }
}

/** True for imports a project usually gets from its toolchain or a registry rather than its own tree. */
export function isToolchainImport(importPath: string): boolean {
  const normalised = importPath.replace(/\\/g, "/").replace(/^\.\//, "");
  return TOOLCHAIN_IMPORT_PREFIXES.some((prefix) => normalised.startsWith(prefix));
}
