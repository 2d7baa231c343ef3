import type ts from "typescript";
import type { SourceLocation } from "../../model/location.js";

/** 1-based file:line:column (and end) of a node, the position users see in editors and SARIF. */
export function locationOf(node: ts.Node): SourceLocation {
  const sourceFile = node.getSourceFile();
  const start = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
  const end = sourceFile.getLineAndCharacterOfPosition(node.getEnd());
  return {
    file: sourceFile.fileName,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
  };
}
