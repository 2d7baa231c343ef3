import type ts from "typescript";
import type { TS } from "./create-scan-program.js";
import { tsMorph } from "./ts-morph-module.js";

/** A network address written in a string or template literal: the host and the 1-based line it is on. */
export interface UrlLiteralHost {
  host: string;
  line: number;
}

/** `scheme://host` for the schemes vehicle backends speak; the host must be a dotted name (no `${…}`, no `localhost`). */
const URL_IN_TEXT = /\b(?:https?|wss?|mqtts?|amqps?|grpcs?):\/\/([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)/g;

/**
 * The hosts of the URLs a source file writes in string and template literals — what the code may
 * talk to. Comments are left out: a link to an issue tracker or a licence is not a destination.
 * Parses the text with the given TypeScript (the caller's copy; default the one ts-morph bundles),
 * never runs it.
 */
export function urlLiteralHosts(file: string, text: string, typescript: TS = tsMorph().ts as unknown as TS): UrlLiteralHost[] {
  const sourceFile = typescript.createSourceFile(file, text, typescript.ScriptTarget.Latest, false, scriptKind(typescript, file));
  const found: UrlLiteralHost[] = [];
  const visit = (node: ts.Node): void => {
    if (
      typescript.isStringLiteral(node) ||
      typescript.isNoSubstitutionTemplateLiteral(node) ||
      typescript.isTemplateHead(node) ||
      typescript.isTemplateMiddle(node) ||
      typescript.isTemplateTail(node)
    ) {
      const start = node.getStart(sourceFile);
      // The literal's source text (not its cooked value), so that offsets map back to lines exactly.
      const raw = text.slice(start, node.end);
      for (const match of raw.matchAll(URL_IN_TEXT)) {
        const { line } = sourceFile.getLineAndCharacterOfPosition(start + match.index);
        found.push({ host: match[1]!.toLowerCase(), line: line + 1 });
      }
    }
    typescript.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function scriptKind(typescript: TS, file: string): ts.ScriptKind {
  if (/\.tsx$/i.test(file)) return typescript.ScriptKind.TSX;
  if (/\.jsx$/i.test(file)) return typescript.ScriptKind.JSX;
  if (/\.[cm]?js$/i.test(file)) return typescript.ScriptKind.JS;
  return typescript.ScriptKind.TS;
}
