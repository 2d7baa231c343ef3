import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { SourceLocation } from "@vdx/core";

/**
 * The ESLint location of a core finding. Core positions are 1-based lines and
 * columns (what SARIF and the CLI print); ESLint columns are 0-based. Positions
 * are clamped to the text ESLint holds, which may be an unsaved buffer
 * shorter than what the program saw.
 */
export function toEslintLocation(sourceCode: Readonly<TSESLint.SourceCode>, location: SourceLocation): TSESTree.SourceLocation {
  const start = clamp(sourceCode, location.line, location.column - 1);
  const end =
    location.endLine !== undefined && location.endColumn !== undefined
      ? clamp(sourceCode, location.endLine, location.endColumn - 1)
      : { line: start.line, column: sourceCode.lines[start.line - 1]?.length ?? start.column };
  return { start, end: end.line < start.line || (end.line === start.line && end.column < start.column) ? start : end };
}

/** Offset in the text of a core (1-based) position, clamped. */
export function toIndex(sourceCode: Readonly<TSESLint.SourceCode>, location: SourceLocation): number {
  const { line, column } = clamp(sourceCode, location.line, location.column - 1);
  return sourceCode.getIndexFromLoc({ line, column });
}

function clamp(sourceCode: Readonly<TSESLint.SourceCode>, line: number, column: number): TSESTree.Position {
  const lines = sourceCode.lines;
  const safeLine = Math.min(Math.max(1, line), Math.max(1, lines.length));
  const length = lines[safeLine - 1]?.length ?? 0;
  return { line: safeLine, column: Math.min(Math.max(0, column), length) };
}
