export { splitIdentifier } from "./signals/split-identifier.js";
export { matchSignals, explainSignals, type SignalContext, type SignalExplanation, type Suppression } from "./signals/match-signals.js";
export {
  parseSignalExample,
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
export { readXVdxKeyword } from "./annotations/x-vdx-keyword.js";
export { WEAK_SIGNAL_CONFIDENCE } from "./classify-field.js";
export { scanSchemaFiles, isSchemaFileCandidate, type SchemaScanInput, type SchemaScanResult } from "./scan-schema-files.js";
export { classifyTypeScriptDeclarations, type ClassifyDeclarationsOptions } from "./typescript/classify-declarations.js";
export { detectGeneratedSource, type GeneratedSource } from "./typescript/generated-source.js";
export { createFieldIndex } from "./field-index.js";
export { MAX_SCHEMA_FILE_BYTES } from "./read-schema-input.js";
export { evidenceText } from "./evidence-text.js";
