import type { InputError } from "./input-document.js";
import type { Finding } from "./finding.js";

/**
 * What every loader returns besides its value: `errors` are fatal input
 * problems (the CLI exits 2 for config/registry errors), `findings` are
 * reportable problems that let the scan go on (unknown-category, invalid-input
 * on a scanned file).
 */
export interface LoadOutcome<T> {
  value: T;
  errors: InputError[];
  findings: Finding[];
}
