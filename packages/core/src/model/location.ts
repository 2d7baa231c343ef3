/**
 * A position in a scanned or configuration file. Lines and columns are 1-based
 * (what editors, SARIF and ESLint show). `file` is an absolute path inside the
 * core; reporters make it relative to the scan root.
 */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}
