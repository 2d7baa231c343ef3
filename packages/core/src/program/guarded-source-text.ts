import type { FileSystemHost } from "ts-morph";
import type { InputError } from "../input/positioned-document.js";
import { deepNestingOf, defuseText, disjointCuts, MAX_NESTING_DEPTH, type NestingCut } from "./deep-nesting.js";
import { MAX_FLOW_CHAIN, tooComplexFunctions } from "./flow-depth.js";

type TS = typeof import("typescript");

const SOURCE = /\.(?:[cm]?tsx?|[cm]?jsx?)$/;
const IN_PACKAGE = /[\\/]node_modules[\\/]/;

/**
 * The file system the scan's program reads through: project source files nested deeper than vdx follows
 * come back defused (see deep-nesting.ts), and a file TypeScript's parser cannot read at all (its own
 * recursion overflows) comes back blank. Either way the file is reported once, through `report`, and the
 * program — every other file, and whatever imports this one — is built as usual. Guarding the text as it is
 * read is what catches files no one listed: the ones the program reaches through an import.
 */
export function guardedFileSystem(tsApi: TS, base: FileSystemHost, report: (problem: InputError) => void): FileSystemHost {
  const guarded = new Map<string, { text: string; read: string }>();
  const guard = (path: string, read: string): string => {
    if (!isGuardedPath(path)) return read;
    const known = guarded.get(path);
    if (known?.read === read) return known.text;
    const outcome = guardSourceText(tsApi, path, read);
    for (const problem of outcome.problems ?? []) report(problem);
    guarded.set(path, { text: outcome.text, read });
    return outcome.text;
  };
  return new Proxy(base, {
    get(target, property, receiver) {
      if (property === "readFileSync") return (path: string, encoding?: string) => guard(path, target.readFileSync(path, encoding));
      if (property === "readFile") return async (path: string, encoding?: string) => guard(path, await target.readFile(path, encoding));
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === "function" ? (value.bind(target) as unknown) : value;
    },
  });
}

/**
 * The file system a scan's program is first built through: it changes nothing and records, in order, the
 * project source files the program read, so that `guardParsedSource` can inspect the trees the program
 * parsed instead of each text being parsed a second time before the program parses it.
 */
export function recordingFileSystem(base: FileSystemHost, read: string[]): FileSystemHost {
  const record = (path: string): void => {
    if (isGuardedPath(path)) read.push(path);
  };
  return new Proxy(base, {
    get(target, property, receiver) {
      if (property === "readFileSync")
        return (path: string, encoding?: string) => {
          const text = target.readFileSync(path, encoding);
          record(path);
          return text;
        };
      if (property === "readFile")
        return async (path: string, encoding?: string) => {
          const text = await target.readFile(path, encoding);
          record(path);
          return text;
        };
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === "function" ? (value.bind(target) as unknown) : value;
    },
  });
}

/** Whether a path is one the guard looks at: project code, not packages. */
function isGuardedPath(path: string): boolean {
  return SOURCE.test(path) && !IN_PACKAGE.test(path);
}

/** A source text as the analysis may safely read it, and the problems to report when it had to be changed. */
export function guardSourceText(tsApi: TS, fileName: string, text: string): { text: string; problems?: InputError[] } {
  let sourceFile: import("typescript").SourceFile;
  try {
    sourceFile = tsApi.createSourceFile(fileName, text, tsApi.ScriptTarget.Latest, true, scriptKind(tsApi, fileName));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return unparsableText(fileName, text);
  }
  return guardParsedSource(tsApi, sourceFile) ?? { text };
}

/** What is left of a file TypeScript's parser cannot read (its recursion overflows): blank lines, and why. */
function unparsableText(fileName: string, text: string): { text: string; problems: InputError[] } {
  const { line, column } = positionOf(text, deepestBracket(text));
  return {
    text: text.replace(/[^\r\n]/g, " "),
    problems: [
      {
        file: fileName,
        line,
        column,
        message: `code nested too deeply for TypeScript's parser (vdx follows code nested up to ${MAX_NESTING_DEPTH} levels): the file was not analysed, and flows through it are not reported`,
      },
    ],
  };
}

/**
 * The text to analyse instead of an already parsed file (parent pointers set) and the problems to report,
 * or undefined when the file is safe as it is — exactly as `guardSourceText` judges the same text.
 */
export function guardParsedSource(tsApi: TS, sourceFile: import("typescript").SourceFile): { text: string; problems: InputError[] } | undefined {
  const fileName = sourceFile.fileName;
  const text = sourceFile.text;
  const problems: InputError[] = [];
  const cuts: NestingCut[] = [];
  const at = (offset: number): { line: number; column: number } => {
    const position = sourceFile.getLineAndCharacterOfPosition(offset);
    return { line: position.line + 1, column: position.character + 1 };
  };
  const deep = deepNestingOf(tsApi, sourceFile);
  if (deep && deep.cuts.length > 0) {
    cuts.push(...deep.cuts);
    const more = deep.cuts.length > 1 ? ` (and ${deep.cuts.length - 1} more places in this file)` : "";
    problems.push({
      file: fileName,
      ...at(deep.cuts[0]!.start),
      message: `code nested ${deep.depth} levels deep: vdx follows code nested up to ${MAX_NESTING_DEPTH} levels, so the part from here on was not analysed and flows through it are not reported${more}`,
    });
  }
  for (const complex of tooComplexFunctions(tsApi, sourceFile)) {
    cuts.push({ start: complex.body.getStart(), end: complex.body.getEnd(), role: "block" });
    problems.push({
      file: fileName,
      ...at(complex.body.getStart()),
      message:
        `${functionLabel(tsApi, complex.body.parent)} chains about ${complex.chain} branch points, more than TypeScript can type (vdx allows ${MAX_FLOW_CHAIN}; ` +
        `TypeScript would stop typing the whole program with "Code is too complex to analyze"): its body was not analysed and flows through it are not reported`,
    });
  }
  if (cuts.length === 0) return undefined;
  return { text: defuseText(text, disjointCuts(cuts)), problems };
}

function functionLabel(tsApi: TS, fn: import("typescript").Node): string {
  const name = (fn as { name?: import("typescript").Node }).name;
  return name && (tsApi.isIdentifier(name) || tsApi.isStringLiteral(name)) ? `function ${name.text}` : "this function";
}

function scriptKind(tsApi: TS, fileName: string): import("typescript").ScriptKind {
  if (/\.[cm]?tsx$/.test(fileName)) return tsApi.ScriptKind.TSX;
  if (/\.[cm]?ts$/.test(fileName)) return tsApi.ScriptKind.TS;
  return fileName.endsWith("x") ? tsApi.ScriptKind.JSX : tsApi.ScriptKind.JS;
}

/**
 * Where brackets first nest deeper than vdx follows, read from the text alone (the parser gave up): a
 * position to show the reader, not an analysis. The start of the file when brackets are not the cause.
 */
function deepestBracket(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123 || c === 60)
      depth++; // ( [ { <
    else if (c === 41 || c === 93 || c === 125 || c === 62) depth = Math.max(0, depth - 1);
    if (depth > MAX_NESTING_DEPTH) return i;
  }
  return 0;
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
