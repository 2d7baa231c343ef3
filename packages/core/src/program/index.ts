export { createScanProgram, type ScanProgram, type ScanProgramOptions } from "./create-scan-program.js";
