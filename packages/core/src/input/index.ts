export {
  readScannedFile,
  decodeScannedBytes,
  DEFAULT_MAX_SCANNED_BYTES,
  BINARY_SNIFF_BYTES,
  type ScannedFile,
  type ReadScannedFileOptions,
  describeReadFailure,
} from "./read-scanned-file.js";
export { validateAgainstSchema } from "./validate-against-schema.js";
export { loadPublishedSchema, publishedSchemaPath, type PublishedSchemaName } from "./published-schema.js";
export { ReadScope } from "./read-scope.js";
