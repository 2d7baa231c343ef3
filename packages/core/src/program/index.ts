export { createScanProgram, type ScanProgram, type ScanProgramOptions } from "./create-scan-program.js";
export { programForScan, type ScanProgramContext } from "./program-for-scan.js";
export { scanTypeScript, type ScanTypeScript, type TypeScriptAnalysisInput } from "./scan-typescript.js";
export { syntaxErrorFindings } from "./syntax-error-findings.js";
export { fileListStep, type FileListStep } from "./file-list-step.js";
export { analysedSourceFiles, posixPath } from "./analysed-source-files.js";
export { urlLiteralHosts, type UrlLiteralHost } from "./url-literals.js";
