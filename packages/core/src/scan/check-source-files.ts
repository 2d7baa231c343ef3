import { extname } from "node:path";
import { ts } from "ts-morph";
import { readScannedFile } from "../input/read-scanned-file.js";
import type { Finding } from "../model/finding.js";

/**
 * Source files above this are refused (bundles, generated dumps): parsing and
 * following flows through them would dominate the scan for no finding.
 * Generated protobuf clients of several MiB stay well below it.
 */
export const MAX_SOURCE_FILE_BYTES = 16 * 1024 * 1024;

export interface SourceCheck {
  /** The files analysers may read: text, within the size limit. Sorted as given. */
  readable: string[];
  /** `invalid-input` for unreadable, binary or oversized files, and for syntax errors. */
  findings: Finding[];
}

const JS_EXTENSIONS = new Set([".js", ".jsx", ".mjs", ".cjs"]);

/**
 * Checks the TypeScript/JavaScript files of a scan before analysis: a binary
 * file named `*.ts`, a file above the limit or one that cannot be read is
 * reported and left out; a file with syntax errors is reported at its first
 * error and still analysed (the parser recovers, and the rest of the file may
 * carry real flows). This is input checking for the CLI's scan, so it uses
 * ts-morph's TypeScript directly, like `program/` does; analysis code keeps
 * receiving its `ts` injected.
 */
export function checkSourceFiles(files: readonly string[], maxBytes = MAX_SOURCE_FILE_BYTES): SourceCheck {
  const readable: string[] = [];
  const findings: Finding[] = [];
  const texts = new Map<string, string>();
  for (const file of files) {
    const read = readScannedFile(file, { maxBytes });
    if (read.kind === "text") {
      readable.push(file);
      texts.set(file, read.text);
    } else {
      const why = read.kind === "too-large" ? `too large to analyse (${read.reason})` : read.kind === "binary" ? `not a text file (${read.reason})` : `cannot be read (${read.reason})`;
      findings.push(invalidSource(file, 1, 1, `source file ${why}; skipped`, read.kind));
    }
  }
  findings.push(...syntaxFindings(texts));
  return { readable, findings };
}

/**
 * One finding per file with syntax errors: the first error, and how many more there are.
 * Each file is parsed on its own, without a program: a program adds root-file
 * bookkeeping that costs as much again as the parse, and nothing here needs types.
 */
function syntaxFindings(texts: Map<string, string>): Finding[] {
  const findings: Finding[] = [];
  for (const [file, text] of texts) {
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
    const isJs = JS_EXTENSIONS.has(extname(file).toLowerCase());
    // In JS files, 8xxx diagnostics are "X can only be used in TypeScript files": not syntax errors of JS.
    const errors = parseDiagnostics(sourceFile).filter((d) => !(isJs && d.code >= 8000 && d.code < 9000));
    const first = errors[0];
    if (!first) continue;
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(first.start ?? 0);
    const message = ts.flattenDiagnosticMessageText(first.messageText, " ").replace(/\.$/, "");
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more in this file)` : "";
    findings.push(
      invalidSource(file, line + 1, character + 1, `syntax error: ${message}${more}; the rest of the file was analysed as far as the parser recovered`, `syntax:TS${first.code}`),
    );
  }
  return findings;
}

/**
 * The parser's own diagnostics of a source file. `parseDiagnostics` is not in
 * TypeScript's public typings but has been on every SourceFile since 1.x
 * (typescript-estree reads it too); without it, ask a one-file program.
 */
function parseDiagnostics(sourceFile: ts.SourceFile): readonly ts.Diagnostic[] {
  const own = (sourceFile as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics;
  if (own) return own;
  const options: ts.CompilerOptions = { noResolve: true, noLib: true, allowJs: true, noEmit: true, types: [] };
  const host = ts.createCompilerHost(options);
  host.getSourceFile = (name) => (name === sourceFile.fileName ? sourceFile : undefined);
  return ts.createProgram({ rootNames: [sourceFile.fileName], options, host }).getSyntacticDiagnostics(sourceFile);
}

function invalidSource(file: string, line: number, column: number, message: string, key: string): Finding {
  return { ruleId: "invalid-input", level: "error", message, location: { file, line, column }, fingerprint: `source|${key}` };
}
