export { createScanProgram } from "./create-scan-program.js";

export { scanTypeScript, type TypeScriptAnalysisInput } from "./scan-typescript.js";
export { syntaxErrorFindings } from "./syntax-error-findings.js";
export { fileListStep } from "./file-list-step.js";
export { urlLiteralHosts } from "./url-literals.js";
