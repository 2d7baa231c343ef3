import ts from "typescript";
import type { TSESLint } from "@typescript-eslint/utils";
import { formatInputError } from "@vdx/core";
import { knowledgeCache } from "../project/load-knowledge.js";
import type { ProjectKnowledge } from "../project/knowledge.js";
import { readVdxSettings, todayUtc } from "../project/settings.js";
import { normalise } from "../file-paths.js";
import { analysisOfLonelyFile, analysisOfProgram, type ProgramAnalysis } from "./program-analysis.js";
import { createSingleFileProgram } from "./single-file-program.js";

/**
 * What a vdx rule knows about the file it is linting. Computed once per file
 * per lint (the rules of one file share it), from per-process caches.
 */
export type FileState =
  | { status: "ready"; file: string; knowledge: ProjectKnowledge; analysis: ProgramAnalysis }
  /** The CLI would not scan this file (config include / exclude / .gitignore): no findings, as in `vdx scan`. */
  | { status: "out-of-scope" }
  /** Config, pack, registry or settings are broken: the rules are silent and one of them says why. */
  | { status: "broken"; problems: string[] };

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const stateBySource = new WeakMap<object, FileState>();
const brokenReported = new WeakSet<object>();

export function fileStateOf(context: AnyContext): FileState {
  const sourceCode = context.sourceCode;
  let state = stateBySource.get(sourceCode);
  if (!state) {
    state = computeState(context);
    stateBySource.set(sourceCode, state);
  }
  return state;
}

/**
 * For a broken project: true for the first vdx rule that asks on this file,
 * so the user reads why vdx is silent once, not once per rule.
 */
export function claimBrokenReport(context: AnyContext): boolean {
  if (brokenReported.has(context.sourceCode)) return false;
  brokenReported.add(context.sourceCode);
  return true;
}

function computeState(context: AnyContext): FileState {
  const file = context.filename;
  if (!isAbsolutePath(file)) return { status: "out-of-scope" }; // `<input>`, `<text>`: nothing to place in a project
  const { settings, problems } = readVdxSettings(context.settings, context.cwd);
  if (problems.length > 0) return { status: "broken", problems };
  const knowledge = knowledgeCache.forFile(file, context.cwd, settings.configFile);
  if (knowledge.errors.length > 0) return { status: "broken", problems: knowledge.errors.map(formatInputError) };
  if (!knowledge.inScope(file)) return { status: "out-of-scope" };
  const asOf = settings.asOf ?? todayUtc();
  const program = context.sourceCode.parserServices?.program;
  const analysis =
    program && !isIsolated(program) && holdsText(program, file, context.sourceCode.text)
      ? analysisOfProgram(ts, program, knowledge, asOf)
      : analysisOfLonelyFile(ts, context.sourceCode.ast, () => createSingleFileProgram(ts, normalise(file), context.sourceCode.text), knowledge, asOf);
  return { status: "ready", file, knowledge, analysis };
}

/**
 * typescript-eslint's "isolated program": the file alone, imports not
 * resolved, and a host that answers every file name (even the default lib)
 * with the linted text. It stands in for type information when a single run
 * (inferred under `CI=true`) with the older `project` option parses a file a
 * second time (`--fix` passes, a buffer linted twice). It has no types to
 * offer; the rules treat the file as linted without type information.
 */
function isIsolated(program: ts.Program): boolean {
  return program.getCompilerOptions().noResolve === true && program.getRootFileNames().length === 1;
}

/**
 * Whether the program typescript-eslint hands over was built from the text
 * being linted. A program the user provides (`parserOptions.programs`) is
 * never updated, so a re-linted, edited buffer is not what the program's
 * file says: analysing the program would report on the old text at the new
 * text's lines (and hand the checker nodes it does not know). Such a buffer
 * is analysed on its own, as without type information. A file the program does not hold at all
 * (outside every tsconfig) is left to the program analysis, which has no
 * findings for it — as the CLI, which does not scan it either.
 */
function holdsText(program: ts.Program, file: string, text: string): boolean {
  const sourceFile = program.getSourceFile(normalise(file));
  return sourceFile === undefined || withoutBom(sourceFile.text) === withoutBom(text);
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function isAbsolutePath(file: string): boolean {
  return file.startsWith("/") || /^[A-Za-z]:[\\/]/.test(file);
}
