import type ts from "typescript";
import type { ScanProgram } from "../../program/create-scan-program.js";

/**
 * The name of the cell (class field, constructor parameter property or module variable) declared in
 * `file` at offset `pos` — the taint engine's cell ids are `<file>#<pos>` — or undefined when the
 * program has no such declaration.
 */
export function cellName(built: ScanProgram, file: string, pos: number): string | undefined {
  const ts = built.ts;
  const sourceFile = built.program.getSourceFile(file);
  if (!sourceFile) return undefined;
  let found: string | undefined;
  const visit = (node: ts.Node): void => {
    if (found !== undefined || pos < node.pos || pos >= node.end + 1) return;
    if (node.pos === pos && (ts.isPropertyDeclaration(node) || ts.isParameter(node) || ts.isVariableDeclaration(node)) && ts.isIdentifier(node.name)) {
      found = node.name.text;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}
