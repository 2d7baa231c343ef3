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
  const { settings, problems } = readVdxSettings(context.settings as Record<string, unknown>, context.cwd);
  if (problems.length > 0) return { status: "broken", problems };
  const knowledge = knowledgeCache.forFile(file, context.cwd, settings.configFile);
  if (knowledge.errors.length > 0) return { status: "broken", problems: knowledge.errors.map(formatInputError) };
  if (!knowledge.inScope(file)) return { status: "out-of-scope" };
  const asOf = settings.asOf ?? todayUtc();
  const program = context.sourceCode.parserServices?.program as ts.Program | null | undefined;
  const analysis = program
    ? analysisOfProgram(ts, program, knowledge, asOf)
    : analysisOfLonelyFile(ts, context.sourceCode.ast, () => createSingleFileProgram(ts, normalise(file), context.sourceCode.text), knowledge, asOf);
  return { status: "ready", file, knowledge, analysis };
}

function isAbsolutePath(file: string): boolean {
  return file.startsWith("/") || /^[A-Za-z]:[\\/]/.test(file);
}
