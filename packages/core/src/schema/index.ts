export { splitIdentifier } from "./signals/split-identifier.js";
export { matchSignals, explainSignals, type SignalContext } from "./signals/match-signals.js";
export {
  checkTermExamples,
  checkVssExamples,
  checkTypeExamples,
  checkShapeExamples,
  checkAbbreviationExamples,
  checkQualifierExamples,
  checkCompoundExamples,
  checkDictionaryExamples,
} from "./signals/signal-examples.js";
export { parseAnnotationIds } from "./annotations/parse-annotation-ids.js";

export { scanSchemaFiles } from "./scan-schema-files.js";
export { classifyTypeScriptDeclarations } from "./typescript/classify-declarations.js";

export { createFieldIndex } from "./field-index.js";
export { MAX_SCHEMA_FILE_BYTES } from "./read-schema-input.js";
export { evidenceText } from "./evidence-text.js";
