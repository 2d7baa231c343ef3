import type ts from "typescript";
import type { Finding } from "../model/finding.js";
import { isJs } from "./create-scan-program.js";
import { findingMessage } from "../messages/render-message.js";

type TS = typeof import("typescript");

/**
 * One `invalid-input` finding per scanned file with syntax errors: the first
 * error, and how many more there are. The file stays in the analysis (the
 * parser recovers, and the rest of the file may carry real flows). Read from
 * the scan's own program, so no file is parsed a second time for this.
 */
export function syntaxErrorFindings(tsModule: TS, program: ts.Program, sourceFiles: readonly ts.SourceFile[]): Finding[] {
  const findings: Finding[] = [];
  for (const sourceFile of sourceFiles) {
    const js = isJs(sourceFile.fileName);
    // In JS files, 8xxx diagnostics are "X can only be used in TypeScript files": not syntax errors of JS.
    const errors = program
      .getSyntacticDiagnostics(sourceFile)
      .filter((d) => !(js && d.code >= 8000 && d.code < 9000))
      .sort((a, b) => a.start - b.start);
    const first = errors[0];
    if (!first) continue;
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(first.start);
    const message = tsModule.flattenDiagnosticMessageText(first.messageText, " ").replace(/\.$/, "");
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more in this file)` : "";
    findings.push({
      ruleId: "invalid-input",
      level: "error",
      ...findingMessage("invalid-input", "syntaxError", { problem: message, more }),
      location: { file: sourceFile.fileName, line: line + 1, column: character + 1 },
      // Line-free, so the finding keeps its identity when lines move (same scheme as the other source checks).
      fingerprint: `source|syntax:TS${first.code}`,
    });
  }
  return findings;
}
