import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { VdxConfig } from "../model/config.js";
import type { LoadOutcome } from "../model/diagnostics.js";
import { parsePositionedDocument, type InputError, type PositionedDocument } from "../input/positioned-document.js";
import { readScannedFile } from "../input/read-scanned-file.js";
import { loadPublishedSchema } from "../input/published-schema.js";
import { validateAgainstSchema } from "../input/validate-against-schema.js";
import { jurisdictionProblem } from "../jurisdiction/country-codes.js";
import { findConfigFile } from "./find-config-file.js";
import { normalizeConfig } from "./normalize-config.js";

export interface LoadConfigOptions {
  /** Where the search for a config file starts (the scan root); also the root when there is no file. */
  cwd: string;
  /** `--config f`: use this file and do not search. */
  explicitFile?: string;
}

/**
 * Finds, parses, validates and normalises the config. Never throws: a missing
 * explicit file, a parse error or a schema violation comes back in `errors`
 * with file:line:column and key, and `value` is still a usable config.
 */
export function loadConfig(options: LoadConfigOptions): LoadOutcome<VdxConfig> {
  const cwd = resolve(options.cwd);
  const file = options.explicitFile !== undefined ? resolve(cwd, options.explicitFile) : findConfigFile(cwd);
  if (file === undefined) return { value: normalizeConfig({}, cwd, undefined), errors: [], findings: [] };

  const root = dirname(file);
  const read = readScannedFile(file, { maxBytes: 1024 * 1024 });
  if (read.kind !== "text") {
    const message =
      options.explicitFile !== undefined && read.reason === "no such file" ? "config file not found" : `cannot read the config file: ${read.reason}`;
    return { value: normalizeConfig({}, root, file), errors: [{ file, line: 1, column: 1, message }], findings: [] };
  }

  const document = parsePositionedDocument(file, read.text);
  if (document.errors.length > 0) {
    return { value: { ...normalizeConfig(document.value, root, file), document }, errors: document.errors, findings: [] };
  }
  // An empty file is an empty config: every default applies.
  const raw = document.value ?? {};
  const errors: InputError[] = [...validateAgainstSchema(document, loadPublishedSchema("vdx.config.schema.json"), raw)];
  const value: VdxConfig = { ...normalizeConfig(raw, root, file), document };
  errors.push(...semanticErrors(raw, value, document));
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  if (errors.some((e) => e.pointer === "/assessments")) delete value.assessments;
  return { value, errors, findings: [] };
}

/** What the schema cannot say: assigned country codes, files that must exist. */
function semanticErrors(raw: unknown, config: VdxConfig, document: PositionedDocument): InputError[] {
  const errors: InputError[] = [];
  const report = (pointer: string, message: string) => {
    const at = document.locate(pointer);
    errors.push({ file: document.file, line: at.line, column: at.column, pointer, message });
  };
  const source = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const checkJurisdiction = (pointer: string, value: unknown, label: string) => {
    // Shapes other than two upper-case letters are already schema errors.
    if (typeof value !== "string" || !/^[A-Z]{2}$/.test(value)) return;
    const problem = jurisdictionProblem(value, true);
    if (problem) report(pointer, `${label}: ${problem}`);
  };
  for (const list of ["hosts", "deployments"] as const) {
    const entries = source[list];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry: unknown, i) => {
      if (typeof entry === "object" && entry !== null) {
        checkJurisdiction(`/${list}/${i}/jurisdiction`, (entry as Record<string, unknown>).jurisdiction, `${list}[${i}].jurisdiction`);
      }
    });
  }
  if (Array.isArray(source.exposures)) {
    source.exposures.forEach((entry: unknown, i) => {
      const origins = typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>).origins : undefined;
      if (Array.isArray(origins)) origins.forEach((o, j) => checkJurisdiction(`/exposures/${i}/origins/${j}`, o, `exposures[${i}].origins[${j}]`));
    });
  }
  // Named files must be regular files: a device or a FIFO would be read forever (by the registry loader or TypeScript).
  const assessmentsProblem = typeof source.assessments === "string" && config.assessments !== undefined ? fileProblem(config.assessments) : undefined;
  if (assessmentsProblem) report("/assessments", `assessments: the registry file ${source.assessments as string} ${assessmentsProblem}`);
  const tsconfigProblem = typeof source.tsconfig === "string" && config.tsconfig !== undefined ? fileProblem(config.tsconfig) : undefined;
  if (tsconfigProblem) report("/tsconfig", `tsconfig: ${source.tsconfig as string} ${tsconfigProblem}`);
  return errors;
}

function fileProblem(path: string): string | undefined {
  try {
    return statSync(path).isFile() ? undefined : "is not a regular file";
  } catch {
    return "does not exist";
  }
}
