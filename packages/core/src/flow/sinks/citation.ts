import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";

const CITATION = /(?:\/\/|\/\*|\*)\s*vdx-assessment:\s*([A-Za-z0-9][\w.:/-]*)/;

/**
 * The record id cited by `// vdx-assessment: ID` (or a block comment) on the
 * line where the call or its statement starts, or on the line above. A
 * citation is verified by the evaluator, never a suppression.
 */
export function citedRecordOf(ts: TS, node: ts.Node): string | undefined {
  const sourceFile = node.getSourceFile();
  const lines = new Set<number>();
  for (const anchor of [node, enclosingStatement(ts, node)]) {
    if (!anchor) continue;
    const line = sourceFile.getLineAndCharacterOfPosition(anchor.getStart(sourceFile)).line;
    lines.add(line);
    lines.add(line - 1);
  }
  const starts = sourceFile.getLineStarts();
  const text = sourceFile.text;
  for (const line of [...lines].sort((a, b) => b - a)) {
    if (line < 0 || line >= starts.length) continue;
    const lineText = text.slice(starts[line], starts[line + 1] ?? text.length);
    const match = CITATION.exec(lineText);
    if (match?.[1]) return match[1];
  }
  return undefined;
}

function enclosingStatement(ts: TS, node: ts.Node): ts.Node | undefined {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (ts.isStatement(current) || ts.isClassElement(current)) return current;
  }
  return undefined;
}
