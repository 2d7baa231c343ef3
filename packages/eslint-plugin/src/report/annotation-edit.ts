import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The JSDoc block (`/** … *\/`) directly attached to `node`, if any. */
function attachedJsdoc(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.BlockComment | undefined {
  const comments = sourceCode.getCommentsBefore(node);
  const last = comments[comments.length - 1];
  if (last?.type !== "Block" || !last.value.startsWith("*")) return undefined;
  return last;
}

/**
 * A fix that gives `node` a `@vdx <ids>` tag. A declaration with a JSDoc
 * block keeps its text and gets the tag on a line of its own (TypeScript
 * reads a tag only at the start of a JSDoc line); one without gets
 * `/** @vdx ids *\/` in front, on its own line when the declaration starts
 * its line.
 */
export function addAnnotationFix(sourceCode: SourceCode, node: TSESTree.Node, ids: readonly string[]): TSESLint.ReportFixFunction {
  const tag = `@vdx ${ids.join(" ")}`;
  const lineText = sourceCode.lines[node.loc.start.line - 1] ?? "";
  const before = lineText.slice(0, node.loc.start.column);
  const startsLine = /^\s*$/.test(before);
  const indent = startsLine ? before : "";
  const jsdoc = attachedJsdoc(sourceCode, node);
  if (!jsdoc) {
    return (fixer) => fixer.insertTextBefore(node, startsLine ? `/** ${tag} */\n${indent}` : `/** ${tag} */ `);
  }
  const commentLine = sourceCode.lines[jsdoc.loc.start.line - 1] ?? "";
  const commentIndent = /^\s*/.exec(commentLine.slice(0, jsdoc.loc.start.column))?.[0] ?? "";
  const body = jsdocLines(jsdoc.value);
  const rendered = ["/**", ...[...body, tag].map((l) => (l === "" ? " *" : ` * ${l}`)), " */"].join(`\n${commentIndent}`);
  return (fixer) => fixer.replaceText(jsdoc, rendered);
}

/** The text lines of a JSDoc comment value (`* a\n * b`), decoration stripped, outer blank lines dropped. */
function jsdocLines(value: string): string[] {
  const lines = value
    .slice(1) // the second `*` of `/**`
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*\*?\s?/, "").replace(/\s+$/, ""));
  while (lines.length > 0 && lines[0] === "") lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
